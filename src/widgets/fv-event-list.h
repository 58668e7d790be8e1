/* fv-event-list.h — the model's events as a GListModel, for a list view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fv-model.h"

G_BEGIN_DECLS

#define FV_TYPE_EVENT_OBJECT (fv_event_object_get_type ())

G_DECLARE_FINAL_TYPE (FvEventObject, fv_event_object, FV, EVENT_OBJECT, GObject)

FvModel       *fv_event_object_get_model (FvEventObject *self);
const FvEvent *fv_event_object_get_event (FvEventObject *self);

#define FV_TYPE_EVENT_LIST (fv_event_list_get_type ())

G_DECLARE_FINAL_TYPE (FvEventList, fv_event_list, FV, EVENT_LIST, GObject)

FvEventList   *fv_event_list_new        (FvModel     *model);
void           fv_event_list_set_filter (FvEventList *self,
                                         GHashTable  *ids);
const FvEvent *fv_event_list_get_event  (FvEventList *self,
                                         guint        position);
guint          fv_event_list_find       (FvEventList *self,
                                         const char  *id);

G_END_DECLS
