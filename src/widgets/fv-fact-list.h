/* fv-fact-list.h — facts of the model as a GListModel, for list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fv-model.h"

G_BEGIN_DECLS

#define FV_TYPE_FACT_OBJECT (fv_fact_object_get_type ())

G_DECLARE_FINAL_TYPE (FvFactObject, fv_fact_object, FV, FACT_OBJECT, GObject)

gconstpointer  fv_fact_object_get_fact  (FvFactObject *self);

#define FV_TYPE_FACT_LIST (fv_fact_list_get_type ())

G_DECLARE_FINAL_TYPE (FvFactList, fv_fact_list, FV, FACT_LIST, GObject)

FvFactList    *fv_fact_list_new        (FvModel    *model,
                                        GPtrArray  *facts);
void           fv_fact_list_set_filter (FvFactList *self,
                                        GHashTable *ids);
gconstpointer  fv_fact_list_get_fact   (FvFactList *self,
                                        guint       position);
guint          fv_fact_list_find       (FvFactList *self,
                                        const char *id);

G_END_DECLS
