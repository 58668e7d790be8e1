/* fv-json-scan.h — a strict JSON checker that knows where things are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every byte is checked here first, against RFC 8259 and the limits of the
 * fact model (lenient parsers, json-glib 1.6 among them, read comments,
 * octal and several values as JSON, and have no nesting limit); only then
 * does json-glib's JsonParser build the tree of the checked text. */
gboolean fv_json_check                (const char *data,
                                       gsize       length,
                                       guint       max_depth,
                                       GPtrArray  *problems);

/* Gives each problem that has a JSON path but no line its line and column
 * (the start of its member name, or of its value for array elements and the
 * root). One pass over DATA, which must have passed fv_json_check(). */
void     fv_json_locate               (const char *data,
                                       gsize       length,
                                       GPtrArray  *problems);

void     fv_json_path_append_member   (GString    *path,
                                       const char *name,
                                       gsize       length);
void     fv_json_path_append_index    (GString    *path,
                                       guint       index);

G_END_DECLS
