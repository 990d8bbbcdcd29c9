import zlib
import Zebra
import alpha
import Alpha
import ALPHA
import Beta

func f() {}
