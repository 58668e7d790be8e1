/* fv-model-index.c — the indexes a model keeps, built once it is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the queries of fv-model.c answer from without walking every fact:
 * events in date order, each actor's statements, the languages of the texts.
 */
#include "config.h"

#include <string.h>

#include "fv-date.h"
#include "fv-model-index.h"

static int
compare_by_date (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const FvEvent *ea = *(const FvEvent **) a;
  const FvEvent *eb = *(const FvEvent **) b;

  return fv_date_compare (&ea->date, &eb->date);
}

static guint
find (const FvEvent **events,
      guint           n,
      const FvEvent  *event)
{
  for (guint i = 0; i < n; i++)
    if (events[i] == event)
      return i;
  return G_MAXUINT;
}

/**
 * fv_events_sort:
 *
 * Puts @events in date order, oldest first, and each event that says it
 * came "after" another, when its date cannot say so (an approximate month
 * after a day in it), just after that one. The reader has refused circles.
 */
void
fv_events_sort (const FvEvent **events,
                guint           n)
{
  gboolean moved = TRUE;

  g_qsort_with_data (events, n, sizeof (gpointer), compare_by_date, NULL);

  /* Few events say "after": a pass over those, until none moves. Each move
   * puts an event behind one it follows, so the passes end. */
  for (guint pass = 0; moved && pass <= n; pass++)
    {
      moved = FALSE;
      for (guint i = 0; i < n; i++)
        {
          const FvEvent *event = events[i];
          guint j = event->after != NULL ? find (events, n, event->after) : G_MAXUINT;

          if (j == G_MAXUINT || j < i)
            continue;

          memmove (&events[i], &events[i + 1], (j - i) * sizeof (gpointer));
          events[j] = event;
          moved = TRUE;
        }
    }
}

/* Every event, oldest first. */
void
fv_model_index_events (FvModel *model)
{
  model->events_by_date = fv_model_new0 (model, const FvEvent *, model->n_events + 1);
  for (guint i = 0; i < model->n_events; i++)
    model->events_by_date[i] = &model->events[i];
  fv_events_sort (model->events_by_date, model->n_events);
}

/* Each actor's statements, in the order of the file. */
void
fv_model_index_statements (FvModel *model)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < model->n_statements; i++)
    {
      const FvActor *actor = model->statements[i].actor;
      FvStatementList *list = g_hash_table_lookup (model->statements_by_actor, actor);

      if (actor == NULL)
        continue;
      if (list == NULL)
        {
          list = fv_model_new0 (model, FvStatementList, 1);
          g_hash_table_insert (model->statements_by_actor, (gpointer) actor, list);
        }
      list->n_items++;
    }

  for (guint i = 0; i < model->n_statements; i++)
    {
      const FvActor *actor = model->statements[i].actor;
      FvStatementList *list;
      guint filled;

      if (actor == NULL)
        continue;

      list = g_hash_table_lookup (model->statements_by_actor, actor);
      if (list->items == NULL)
        list->items = fv_model_new0 (model, const FvStatement *, list->n_items);
      filled = GPOINTER_TO_UINT (g_hash_table_lookup (counts, actor));
      list->items[filled] = &model->statements[i];
      g_hash_table_insert (counts, (gpointer) actor, GUINT_TO_POINTER (filled + 1));
    }
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  return g_ascii_strcasecmp (*(const char **) a, *(const char **) b);
}

/* The model's own language first, then the others its texts have
 * (LANGUAGES, a set of tags). */
void
fv_model_index_languages (FvModel    *model,
                          GHashTable *languages)
{
  GPtrArray *tags = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer tag;

  if (model->language != NULL)
    g_hash_table_remove (languages, model->language);

  g_hash_table_iter_init (&iter, languages);
  while (g_hash_table_iter_next (&iter, &tag, NULL))
    g_ptr_array_add (tags, g_strdup (tag));
  g_ptr_array_sort (tags, compare_tags);
  if (model->language != NULL)
    g_ptr_array_insert (tags, 0, g_strdup (model->language));
  g_ptr_array_add (tags, NULL);

  g_strfreev (model->languages);
  model->languages = (char **) g_ptr_array_free (tags, FALSE);
}
