// The few libIndexStore entry points intxcheck calls, as function pointer types: the library is
// dlopen'ed at run time from the toolchain (nothing is linked), and on Linux it exports only the
// `*_apply_f` forms that take a C callback and a context pointer. Declared here from the
// documented C API (the toolchain's indexstore/indexstore.h) so the build needs no toolchain header.
#ifndef INTXCHECK_INDEXSTORE_SHIM_H
#define INTXCHECK_INDEXSTORE_SHIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *data;
    size_t length;
} intx_indexstore_string_ref_t;

typedef void *intx_indexstore_opaque_t;

typedef intx_indexstore_opaque_t (*intx_store_create_fn)(const char *path, intx_indexstore_opaque_t *error);
typedef void (*intx_dispose_fn)(intx_indexstore_opaque_t);
typedef const char *(*intx_error_description_fn)(intx_indexstore_opaque_t error);

typedef bool (*intx_string_applier_fn)(void *context, intx_indexstore_string_ref_t value);
typedef bool (*intx_opaque_applier_fn)(void *context, intx_indexstore_opaque_t value);
typedef bool (*intx_units_apply_fn)(intx_indexstore_opaque_t store, unsigned sorted, void *context, intx_string_applier_fn applier);
typedef bool (*intx_apply_fn)(intx_indexstore_opaque_t reader, void *context, intx_opaque_applier_fn applier);

typedef intx_indexstore_opaque_t (*intx_reader_create_fn)(intx_indexstore_opaque_t store, const char *name, intx_indexstore_opaque_t *error);
typedef intx_indexstore_string_ref_t (*intx_get_string_fn)(intx_indexstore_opaque_t);
typedef bool (*intx_get_bool_fn)(intx_indexstore_opaque_t);
typedef uint64_t (*intx_get_u64_fn)(intx_indexstore_opaque_t);
typedef int (*intx_get_int_fn)(intx_indexstore_opaque_t);
typedef intx_indexstore_opaque_t (*intx_get_opaque_fn)(intx_indexstore_opaque_t);
typedef void (*intx_get_modification_time_fn)(intx_indexstore_opaque_t unit, int64_t *seconds, int64_t *nanoseconds);
typedef void (*intx_get_line_col_fn)(intx_indexstore_opaque_t occurrence, unsigned *line, unsigned *column);

#endif
