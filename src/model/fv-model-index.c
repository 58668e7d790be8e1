/* fv-model-index.c — the indexes a model keeps, built once it is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the queries of fv-model.c answer from without walking every fact:
 * events in date order, the languages of the texts.
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

/**
 * fv_events_sort:
 *
 * Puts @events in date order, oldest first, and each event that says it
 * came "after" another, when its date cannot say so (an approximate month
 * after a day in it), just after that one.
 *
 * One pass, with the events that wait for the one they follow kept aside
 * and placed when it is: a chain of 20,000 events, each "after" the next
 * in the file, took minutes when each move searched the array (a valid
 * 3 MB model that froze the loader), and now takes milliseconds. An event
 * whose "after" is not in @events (a lane holds some of them) keeps its
 * date's place; one in a circle, which the reader refuses, goes at the end.
 */
void
fv_events_sort (const FvEvent **events,
                guint           n)
{
  g_autoptr(GHashTable) members = NULL;
  g_autoptr(GHashTable) placed = NULL;
  g_autoptr(GHashTable) waiting = NULL;   /* event → GPtrArray of those after it */
  g_autoptr(GPtrArray) stack = NULL;
  g_autofree const FvEvent **sorted = NULL;
  gboolean any_after = FALSE;
  guint out = 0;

  /* g_qsort_with_data() is a merge sort: events of one date keep the
   * file's order. */
  g_qsort_with_data (events, n, sizeof (gpointer), compare_by_date, NULL);

  for (guint i = 0; i < n && !any_after; i++)
    any_after = events[i]->after != NULL;
  if (!any_after)
    return;

  members = g_hash_table_new (NULL, NULL);
  placed = g_hash_table_new (NULL, NULL);
  waiting = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  stack = g_ptr_array_new ();
  sorted = g_new (const FvEvent *, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    g_hash_table_add (members, (gpointer) events[i]);

  for (guint i = 0; i < n; i++)
    {
      const FvEvent *event = events[i];
      const FvEvent *before = event->after;

      if (before != NULL && g_hash_table_contains (members, before) &&
          !g_hash_table_contains (placed, before))
        {
          GPtrArray *list = g_hash_table_lookup (waiting, before);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (waiting, (gpointer) before, list);
            }
          g_ptr_array_add (list, (gpointer) event);
          continue;
        }

      /* The event, then those that waited for it, and theirs, in date order. */
      g_ptr_array_add (stack, (gpointer) event);
      while (stack->len > 0)
        {
          const FvEvent *next = g_ptr_array_steal_index (stack, stack->len - 1);
          GPtrArray *list = g_hash_table_lookup (waiting, next);

          sorted[out++] = next;
          g_hash_table_add (placed, (gpointer) next);
          for (guint j = list != NULL ? list->len : 0; j > 0; j--)
            g_ptr_array_add (stack, g_ptr_array_index (list, j - 1));
        }
    }

  /* Circles: nothing they wait for is ever placed. */
  for (guint i = 0; i < n && out < n; i++)
    if (!g_hash_table_contains (placed, events[i]))
      sorted[out++] = events[i];

  memcpy (events, sorted, n * sizeof (gpointer));
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
