/* fv-event-list.c — the model's events as a GListModel, for a list view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items are made when a row asks for one, so a list of 100,000 events costs
 * what its visible rows cost. A filter keeps the positions of the events
 * that match, in date order.
 */
#include "config.h"

#include "fv-event-list.h"

struct _FvEventObject
{
  GObject        parent_instance;
  FvModel       *model;
  const FvEvent *event;
};

G_DEFINE_FINAL_TYPE (FvEventObject, fv_event_object, G_TYPE_OBJECT)

static void
fv_event_object_dispose (GObject *object)
{
  g_clear_object (&FV_EVENT_OBJECT (object)->model);

  G_OBJECT_CLASS (fv_event_object_parent_class)->dispose (object);
}

static void
fv_event_object_class_init (FvEventObjectClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fv_event_object_dispose;
}

static void
fv_event_object_init (FvEventObject *self)
{
}

FvModel *
fv_event_object_get_model (FvEventObject *self)
{
  g_return_val_if_fail (FV_IS_EVENT_OBJECT (self), NULL);

  return self->model;
}

const FvEvent *
fv_event_object_get_event (FvEventObject *self)
{
  g_return_val_if_fail (FV_IS_EVENT_OBJECT (self), NULL);

  return self->event;
}

struct _FvEventList
{
  GObject  parent_instance;
  FvModel *model;
  GArray  *positions;  /* of guint, in date order; NULL for every event */
};

static GType
fv_event_list_get_item_type (GListModel *list)
{
  return FV_TYPE_EVENT_OBJECT;
}

static guint
fv_event_list_get_n_items (GListModel *list)
{
  FvEventList *self = FV_EVENT_LIST (list);

  return self->positions ? self->positions->len : fv_model_get_n_events (self->model);
}

static gpointer
fv_event_list_get_item (GListModel *list,
                        guint       position)
{
  FvEventList *self = FV_EVENT_LIST (list);
  FvEventObject *item;
  const FvEvent *event = fv_event_list_get_event (self, position);

  if (event == NULL)
    return NULL;

  item = g_object_new (FV_TYPE_EVENT_OBJECT, NULL);
  item->model = g_object_ref (self->model);
  item->event = event;

  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = fv_event_list_get_item_type;
  iface->get_n_items = fv_event_list_get_n_items;
  iface->get_item = fv_event_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FvEventList, fv_event_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
fv_event_list_dispose (GObject *object)
{
  FvEventList *self = FV_EVENT_LIST (object);

  g_clear_object (&self->model);
  g_clear_pointer (&self->positions, g_array_unref);

  G_OBJECT_CLASS (fv_event_list_parent_class)->dispose (object);
}

static void
fv_event_list_class_init (FvEventListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fv_event_list_dispose;
}

static void
fv_event_list_init (FvEventList *self)
{
}

FvEventList *
fv_event_list_new (FvModel *model)
{
  FvEventList *self;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);

  self = g_object_new (FV_TYPE_EVENT_LIST, NULL);
  self->model = g_object_ref (model);

  return self;
}

/**
 * fv_event_list_set_filter:
 * @ids: (nullable): the ids of the events to keep; %NULL for all
 */
void
fv_event_list_set_filter (FvEventList *self,
                          GHashTable  *ids)
{
  guint old_n, n;

  g_return_if_fail (FV_IS_EVENT_LIST (self));

  old_n = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_clear_pointer (&self->positions, g_array_unref);

  if (ids != NULL)
    {
      self->positions = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < fv_model_get_n_events (self->model); i++)
        if (g_hash_table_contains (ids, fv_model_get_event (self->model, i)->id))
          g_array_append_val (self->positions, i);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, n);
}

const FvEvent *
fv_event_list_get_event (FvEventList *self,
                         guint        position)
{
  g_return_val_if_fail (FV_IS_EVENT_LIST (self), NULL);

  if (self->positions != NULL)
    {
      if (position >= self->positions->len)
        return NULL;
      position = g_array_index (self->positions, guint, position);
    }

  if (position >= fv_model_get_n_events (self->model))
    return NULL;

  return fv_model_get_event (self->model, position);
}

/**
 * fv_event_list_find:
 *
 * Returns: the position of the event @id, or %GTK_INVALID_LIST_POSITION
 *   (G_MAXUINT) when it is not in the list
 */
guint
fv_event_list_find (FvEventList *self,
                    const char  *id)
{
  guint n;

  g_return_val_if_fail (FV_IS_EVENT_LIST (self), G_MAXUINT);

  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  for (guint i = 0; i < n; i++)
    if (g_str_equal (fv_event_list_get_event (self, i)->id, id))
      return i;

  return G_MAXUINT;
}
