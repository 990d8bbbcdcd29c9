import zlib

import ALPHA
import Alpha
import alpha
import Beta
import Zebra

func f() {}
