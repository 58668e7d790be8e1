/* fv-chart-data.c — what a chart's drawing needs from all its events, kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each lane's day numbers and span, and the sources cited, gathered at the
 * first drawing of a chart rather than at every one: a drawing of 100,000
 * events then does not visit every event (bench: draw_growth_ratio). Kept
 * beside the model it was made from, and freed with it; the model itself
 * does not change. The window draws on its main thread while an export
 * may draw the same model in a worker: the cache is filled under a lock,
 * and what is in it is never changed after.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fv-chart-data.h"

static void
chart_data_free (FvChartData *data)
{
  /* first_days, sorted_days, sorted_events, sources and the lanes are
   * one block each. */
  if (data->lanes != NULL)
    {
      g_free ((gpointer) data->lanes[0].first_days);
      g_free ((gpointer) data->lanes[0].sorted_days);
      g_free ((gpointer) data->lanes[0].sorted_events);
    }
  g_free (data->lanes);
  g_free (data->sources);
  g_free (data);
}

static void
add_cited (GHashTable         *seen,
           GPtrArray          *sources,
           const FvReferences *refs)
{
  for (guint i = 0; i < refs->n_items; i++)
    if (g_hash_table_add (seen, (gpointer) refs->items[i].source))
      g_ptr_array_add (sources, (gpointer) refs->items[i].source);
}

typedef struct
{
  gint32 first_day, day_after;
} Interval;

static int
compare_intervals (gconstpointer a,
                   gconstpointer b)
{
  const Interval *ia = a, *ib = b;

  return (ia->first_day > ib->first_day) - (ia->first_day < ib->first_day);
}

/* The longest stretches with no event in any lane: the events' days
 * merged in time order, and what lies between them. */
static void
find_gaps (FvChartData *data,
           Interval    *intervals,
           guint        n)
{
  gint32 covered_to;

  if (n == 0)
    return;
  qsort (intervals, n, sizeof (Interval), compare_intervals);

  covered_to = intervals[0].day_after;
  for (guint i = 1; i < n; i++)
    {
      FvTimeGap gap = { covered_to, intervals[i].first_day };
      guint at;

      covered_to = MAX (covered_to, intervals[i].day_after);
      if (gap.to_day <= gap.from_day)
        continue;

      /* Kept longest first, the few that can become breaks. */
      for (at = data->n_gaps; at > 0; at--)
        if (data->gaps[at - 1].to_day - data->gaps[at - 1].from_day >= gap.to_day - gap.from_day)
          break;
      if (at >= G_N_ELEMENTS (data->gaps))
        continue;
      if (data->n_gaps < G_N_ELEMENTS (data->gaps))
        data->n_gaps++;
      memmove (&data->gaps[at + 1], &data->gaps[at],
               (data->n_gaps - 1 - at) * sizeof (FvTimeGap));
      data->gaps[at] = gap;
    }
}

static int
compare_sorted (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const gint32 *days = user_data;
  gint32 da = days[*(const guint32 *) a], db = days[*(const guint32 *) b];

  return (da > db) - (da < db);
}

static FvChartData *
chart_data_new (const FvChart *chart)
{
  FvChartData *data = g_new0 (FvChartData, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  gint32 *first_days, *sorted_days;
  guint32 *sorted_events;
  g_autofree Interval *intervals = NULL;
  guint n_events = 0, n_intervals = 0;

  /* The figures' sources first, then the events'. */
  for (guint i = 0; i < chart->n_figures; i++)
    add_cited (seen, sources, &chart->figures[i]->references);

  for (guint l = 0; l < chart->n_lanes; l++)
    n_events += chart->lanes[l].n_events;
  data->lanes = g_new0 (FvLaneData, MAX (chart->n_lanes, 1));
  first_days = g_new (gint32, MAX (n_events, 1));
  sorted_days = g_new (gint32, MAX (n_events, 1));
  sorted_events = g_new (guint32, MAX (n_events, 1));
  intervals = g_new (Interval, MAX (n_events, 1));
  data->lanes[0].first_days = first_days;
  data->lanes[0].sorted_days = sorted_days;
  data->lanes[0].sorted_events = sorted_events;

  for (guint l = 0; l < chart->n_lanes; l++)
    {
      const FvChartLane *lane = &chart->lanes[l];
      FvLaneData *lane_data = &data->lanes[l];

      lane_data->first_days = first_days;
      for (guint i = 0; i < lane->n_events; i++)
        {
          const FvEvent *event = lane->events[i];
          gint32 after = fv_event_get_day_after (event);

          first_days[i] = fv_event_get_first_day (event);
          if (i == 0 || first_days[i] < lane_data->first_day)
            lane_data->first_day = first_days[i];
          if (i == 0 || after > lane_data->day_after)
            lane_data->day_after = after;
          add_cited (seen, sources, &event->references);
          if (event->date.precision == FV_DATE_PRECISION_NONE)
            data->kinds |= FV_CHART_HAS_PLACED;
          else if (event->end.precision != FV_DATE_PRECISION_NONE)
            data->kinds |= event->approximate ? FV_CHART_HAS_APPROXIMATE_PERIOD
                                              : FV_CHART_HAS_PERIOD;
          else if (event->date.precision == FV_DATE_PRECISION_DAY)
            data->kinds |= FV_CHART_HAS_DAY;
          else
            data->kinds |= FV_CHART_HAS_INEXACT;
          intervals[n_intervals++] = (Interval) { first_days[i], after };
          sorted_events[i] = i;
        }

      /* Events are in date order but for those placed by "after": sorted
       * again, so that a drawing finds the events of a pixel column by
       * bisection. */
      g_qsort_with_data (sorted_events, lane->n_events, sizeof (guint32), compare_sorted,
                         first_days);
      for (guint i = 0; i < lane->n_events; i++)
        sorted_days[i] = first_days[sorted_events[i]];
      lane_data->sorted_days = sorted_days;
      lane_data->sorted_events = sorted_events;

      first_days += lane->n_events;
      sorted_days += lane->n_events;
      sorted_events += lane->n_events;
    }

  find_gaps (data, intervals, n_intervals);

  data->n_sources = sources->len;
  data->sources = g_new (const FvSource *, MAX (sources->len, 1));
  if (sources->len > 0)
    memcpy (data->sources, sources->pdata, sources->len * sizeof (gpointer));

  return data;
}

/**
 * fv_chart_data_get:
 *
 * Returns: (transfer none): what drawing @chart needs from all its events,
 *   made at the first call and kept as long as @model lives
 */
const FvChartData *
fv_chart_data_get (FvModel       *model,
                   const FvChart *chart)
{
  static GQuark quark;
  static GMutex lock;
  GHashTable *cache;
  FvChartData *data;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  g_mutex_lock (&lock);

  if (quark == 0)
    quark = g_quark_from_static_string ("fv-chart-data");

  cache = g_object_get_qdata (G_OBJECT (model), quark);
  if (cache == NULL)
    {
      cache = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) chart_data_free);
      g_object_set_qdata_full (G_OBJECT (model), quark, cache,
                               (GDestroyNotify) g_hash_table_unref);
    }

  data = g_hash_table_lookup (cache, chart);
  if (data == NULL)
    {
      data = chart_data_new (chart);
      g_hash_table_insert (cache, (gpointer) chart, data);
    }

  g_mutex_unlock (&lock);

  return data;
}
