import Zoo
import Apple

struct S {}

import Later
import Earlier

func g() {}
