import Apple
import Zoo

struct S {}

import Later
import Earlier

func g() {}
