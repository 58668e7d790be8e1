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

/* The event EVENT waits for before it is listed: the one it came after,
 * or, for an event without a date, the one it came before; NULL when its
 * date places it. */
static const FvEvent *
waits_for (const FvEvent *event,
           gboolean      *before)
{
  *before = FALSE;
  if (event->after != NULL)
    return event->after;
  if (event->date.precision == FV_DATE_PRECISION_NONE && event->before != NULL)
    {
      *before = TRUE;
      return event->before;
    }
  return NULL;
}

static void
add_waiting (GHashTable    *waiting,
             const FvEvent *anchor,
             const FvEvent *event)
{
  GPtrArray *list = g_hash_table_lookup (waiting, anchor);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (waiting, (gpointer) anchor, list);
    }
  g_ptr_array_add (list, (gpointer) event);
}

/* One step of listing an event: first those that wait to come before it,
 * then itself, then those that wait to come after it. */
typedef struct
{
  const FvEvent *event;
  gboolean       listed;
} Step;

/**
 * fv_events_sort:
 *
 * Puts @events in date order, oldest first, and each event that says it
 * came "after" another, when its date cannot say so (an approximate month
 * after a day in it), just after that one; an event without a date, just
 * after the event it came after ("after", or the first of "between"), or
 * just before the one it came "before".
 *
 * One pass, with the events that wait for the one they follow kept aside
 * and placed when it is: a chain of 20,000 events, each "after" the next
 * in the file, took minutes when each move searched the array (a valid
 * 3 MB model that froze the loader), and now takes milliseconds. An event
 * whose anchor is not in @events (a lane holds some of them) keeps its
 * date's place (an event without a date goes first); one in a circle,
 * which the reader refuses, goes at the end.
 */
void
fv_events_sort (const FvEvent **events,
                guint           n)
{
  g_autoptr(GHashTable) members = NULL;
  g_autoptr(GHashTable) placed = NULL;
  g_autoptr(GHashTable) waiting_after = NULL;   /* event → GPtrArray of those after it */
  g_autoptr(GHashTable) waiting_before = NULL;  /* event → GPtrArray of those before it */
  g_autoptr(GArray) stack = NULL;
  g_autofree const FvEvent **sorted = NULL;
  gboolean any_waits = FALSE;
  guint out = 0;

  /* g_qsort_with_data() is a merge sort: events of one date keep the
   * file's order. */
  g_qsort_with_data (events, n, sizeof (gpointer), compare_by_date, NULL);

  for (guint i = 0; i < n && !any_waits; i++)
    {
      gboolean before;

      any_waits = waits_for (events[i], &before) != NULL;
    }
  if (!any_waits)
    return;

  members = g_hash_table_new (NULL, NULL);
  placed = g_hash_table_new (NULL, NULL);
  waiting_after = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  waiting_before = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  stack = g_array_new (FALSE, FALSE, sizeof (Step));
  sorted = g_new (const FvEvent *, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    g_hash_table_add (members, (gpointer) events[i]);

  for (guint i = 0; i < n; i++)
    {
      gboolean before;
      const FvEvent *anchor = waits_for (events[i], &before);
      Step first = { events[i], FALSE };

      /* Kept aside, in date order, until the one it waits for is listed;
       * one dated after it is listed already keeps its date's place. */
      if (anchor != NULL && g_hash_table_contains (members, anchor) &&
          !g_hash_table_contains (placed, anchor))
        {
          add_waiting (before ? waiting_before : waiting_after, anchor, events[i]);
          continue;
        }

      g_array_append_val (stack, first);
      while (stack->len > 0)
        {
          Step *top = &g_array_index (stack, Step, stack->len - 1);
          const FvEvent *next = top->event;
          GPtrArray *list;

          if (!top->listed)
            {
              /* Those before it first: the step stays, marked, under them. */
              top->listed = TRUE;
              list = g_hash_table_lookup (waiting_before, next);
              for (guint j = list != NULL ? list->len : 0; j > 0; j--)
                {
                  Step step = { g_ptr_array_index (list, j - 1), FALSE };
                  g_array_append_val (stack, step);
                }
              continue;
            }

          g_array_set_size (stack, stack->len - 1);
          sorted[out++] = next;
          g_hash_table_add (placed, (gpointer) next);
          list = g_hash_table_lookup (waiting_after, next);
          for (guint j = list != NULL ? list->len : 0; j > 0; j--)
            {
              Step step = { g_ptr_array_index (list, j - 1), FALSE };
              g_array_append_val (stack, step);
            }
        }
    }

  /* Circles: nothing they wait for is ever placed. */
  for (guint i = 0; i < n && out < n; i++)
    if (!g_hash_table_contains (placed, events[i]))
      sorted[out++] = events[i];

  memcpy (events, sorted, n * sizeof (gpointer));
}

/* Where a timeline draws a dated event's dot: at the start of a day or a
 * period, in the middle of a month or a year. */
static gint32
dot_day (const FvEvent *event)
{
  gint32 first = fv_event_get_first_day (event);

  if (event->date.precision == FV_DATE_PRECISION_DAY ||
      event->end.precision != FV_DATE_PRECISION_NONE)
    return first;
  return first + (fv_date_day_after (&event->date) - first) / 2;
}

/* Each event without a date, placed between the dated events on either
 * side of it in date order, where there are both: a run of several
 * shares the time between, each its part, in their order. */
static void
place_undated (FvModel *model)
{
  const FvEvent **events = model->events_by_date;
  guint n = model->n_events;
  guint i = 0;

  while (i < n)
    {
      guint start = i, end;
      gint32 from, to;

      if (events[i]->date.precision != FV_DATE_PRECISION_NONE)
        {
          i++;
          continue;
        }
      for (end = i; end < n && events[end]->date.precision == FV_DATE_PRECISION_NONE; end++)
        ;
      i = end;
      if (start == 0 || end == n)
        continue;  /* no dated event on one side: listed, not drawn */

      /* From one neighbour's dot to the other's, so that the marks keep
       * the list's order. */
      from = dot_day (events[start - 1]);
      to = MAX (dot_day (events[end]), from + 1);
      for (guint k = start; k < end; k++)
        {
          FvEvent *event = (FvEvent *) events[k];
          gint64 span = to - from, parts = end - start;

          event->placed = TRUE;
          event->placed_from = from + span * (k - start) / parts;
          event->placed_to = MAX (from + span * (k - start + 1) / parts, event->placed_from + 1);
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
  place_undated (model);
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
