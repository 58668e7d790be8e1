/* fv-fact-list.c — facts of the model as a GListModel, for list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facts (events, statements: any struct of the model, which all begin
 * with their id) in the order the view shows them. Items are made when a
 * row asks for one, so a list of 100,000 events costs what its visible rows
 * cost. A filter keeps the positions of the facts that match, in order.
 */
#include "config.h"

#include "fv-fact-list.h"

struct _FvFactObject
{
  GObject        parent_instance;
  FvModel       *model;
  gconstpointer  fact;
};

G_DEFINE_FINAL_TYPE (FvFactObject, fv_fact_object, G_TYPE_OBJECT)

static void
fv_fact_object_dispose (GObject *object)
{
  g_clear_object (&FV_FACT_OBJECT (object)->model);

  G_OBJECT_CLASS (fv_fact_object_parent_class)->dispose (object);
}

static void
fv_fact_object_class_init (FvFactObjectClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fv_fact_object_dispose;
}

static void
fv_fact_object_init (FvFactObject *self)
{
}


gconstpointer
fv_fact_object_get_fact (FvFactObject *self)
{
  g_return_val_if_fail (FV_IS_FACT_OBJECT (self), NULL);

  return self->fact;
}

struct _FvFactList
{
  GObject    parent_instance;
  FvModel   *model;
  GPtrArray *facts;
  GArray    *positions;  /* of guint, into facts; NULL for all */
};

static const char *
fact_id (gconstpointer fact)
{
  /* Every struct of the model starts with its id (checked where they are
   * read, in fv-model-reader.c). */
  return *(const char * const *) fact;
}

static GType
fv_fact_list_get_item_type (GListModel *list)
{
  return FV_TYPE_FACT_OBJECT;
}

static guint
fv_fact_list_get_n_items (GListModel *list)
{
  FvFactList *self = FV_FACT_LIST (list);

  return self->positions ? self->positions->len : self->facts->len;
}

static gpointer
fv_fact_list_get_item (GListModel *list,
                       guint       position)
{
  FvFactList *self = FV_FACT_LIST (list);
  gconstpointer fact = fv_fact_list_get_fact (self, position);
  FvFactObject *item;

  if (fact == NULL)
    return NULL;

  item = g_object_new (FV_TYPE_FACT_OBJECT, NULL);
  item->model = g_object_ref (self->model);
  item->fact = fact;

  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = fv_fact_list_get_item_type;
  iface->get_n_items = fv_fact_list_get_n_items;
  iface->get_item = fv_fact_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (FvFactList, fv_fact_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
fv_fact_list_dispose (GObject *object)
{
  FvFactList *self = FV_FACT_LIST (object);

  g_clear_object (&self->model);
  g_clear_pointer (&self->facts, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_array_unref);

  G_OBJECT_CLASS (fv_fact_list_parent_class)->dispose (object);
}

static void
fv_fact_list_class_init (FvFactListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fv_fact_list_dispose;
}

static void
fv_fact_list_init (FvFactList *self)
{
}

/**
 * fv_fact_list_new:
 * @facts: (transfer full): the facts of @model, in the order to show them
 */
FvFactList *
fv_fact_list_new (FvModel   *model,
                  GPtrArray *facts)
{
  FvFactList *self;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (facts != NULL, NULL);

  self = g_object_new (FV_TYPE_FACT_LIST, NULL);
  self->model = g_object_ref (model);
  self->facts = facts;

  return self;
}

/**
 * fv_fact_list_set_filter:
 * @ids: (nullable): the ids of the facts to keep; %NULL for all
 */
void
fv_fact_list_set_filter (FvFactList *self,
                         GHashTable *ids)
{
  guint old_n, n;

  g_return_if_fail (FV_IS_FACT_LIST (self));

  old_n = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_clear_pointer (&self->positions, g_array_unref);

  if (ids != NULL)
    {
      self->positions = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < self->facts->len; i++)
        if (g_hash_table_contains (ids, fact_id (g_ptr_array_index (self->facts, i))))
          g_array_append_val (self->positions, i);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, n);
}

gconstpointer
fv_fact_list_get_fact (FvFactList *self,
                       guint       position)
{
  g_return_val_if_fail (FV_IS_FACT_LIST (self), NULL);

  if (self->positions != NULL)
    {
      if (position >= self->positions->len)
        return NULL;
      position = g_array_index (self->positions, guint, position);
    }

  return position < self->facts->len ? g_ptr_array_index (self->facts, position) : NULL;
}

/**
 * fv_fact_list_find:
 *
 * Returns: the position of the fact @id, or %G_MAXUINT when it is not in
 *   the list
 */
guint
fv_fact_list_find (FvFactList *self,
                   const char *id)
{
  guint n;

  g_return_val_if_fail (FV_IS_FACT_LIST (self), G_MAXUINT);
  g_return_val_if_fail (id != NULL, G_MAXUINT);

  n = g_list_model_get_n_items (G_LIST_MODEL (self));
  for (guint i = 0; i < n; i++)
    if (g_str_equal (fact_id (fv_fact_list_get_fact (self, i)), id))
      return i;

  return G_MAXUINT;
}
