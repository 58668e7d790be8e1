/* fv-model-index.h — the indexes a model keeps, built once it is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model-private.h"

G_BEGIN_DECLS

void fv_events_sort            (const FvEvent **events,
                                guint           n);
void fv_model_index_events     (FvModel        *model);
void fv_model_index_languages  (FvModel        *model,
                                GHashTable     *languages);

G_END_DECLS
