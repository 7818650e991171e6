#ifndef TRUSTNET_CGRAPHVIZ_SHIM_H
#define TRUSTNET_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
