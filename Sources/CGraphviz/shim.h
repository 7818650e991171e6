#ifndef TRUSTNET_CGRAPHVIZ_SHIM_H
#define TRUSTNET_CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// gvRenderData's length parameter is `unsigned int *` up to Graphviz 12 and `size_t *` from
/// Graphviz 13 on: this wrapper gives Swift one signature for both.
static inline int trustnet_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int short_length = 0;
    int status = gvRenderData(gvc, g, format, result, &short_length);
    *length = short_length;
    return status;
#endif
}

/// agget with a const attribute name (cgraph declares `char *`).
static inline const char *trustnet_agget(void *object, const char *name) {
    return agget(object, (char *)name);
}

#endif
