/* fv-model-reader.h — from json-glib's tree to a checked fact model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "fv-model-private.h"

G_BEGIN_DECLS

/* Fills MODEL from ROOT, adding a problem for everything wrong. */
gboolean fv_model_read (FvModel   *model,
                        JsonNode  *root,
                        GPtrArray *problems);

G_END_DECLS
