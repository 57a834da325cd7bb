#include "loadstate.h"
