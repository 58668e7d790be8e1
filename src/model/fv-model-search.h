/* fv-model-search.h — which facts a search finds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"

G_BEGIN_DECLS

char       *fv_search_fold            (const char         *query);
GHashTable *fv_model_find_events      (FvModel            *model,
                                       const char         *folded,
                                       const char * const *languages);
GHashTable *fv_model_find_statements  (FvModel            *model,
                                       const char         *folded,
                                       const char * const *languages);
guint       fv_case_count_found       (const FvCase       *c,
                                       GHashTable         *events,
                                       GHashTable         *statements);

G_END_DECLS
