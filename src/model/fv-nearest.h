/* fv-nearest.h — the known name nearest to a misspelt one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Longer names are not compared: no member of the fact model is. */
#define FV_NEAREST_MAX_LENGTH 64

const char *fv_nearest_name   (const char         *name,
                               const char * const *known);
const char *fv_nearest_member (JsonObject         *object,
                               const char         *name);

G_END_DECLS
