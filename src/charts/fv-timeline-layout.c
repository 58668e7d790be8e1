/* fv-timeline-layout.c — where a timeline's time and events go, in pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here draws: the time scale of a chart's width, which events
 * begin in the time shown, and where each one spans. Lanes keep their
 * events' days sorted (fv-chart-data.c), so that what is shown is found by
 * bisection, whatever the number of events.
 */
#include "config.h"

#include "fv-timeline-private.h"

/* The time a reader chose (a zoom, --from and --to), as it is, on a linear
 * axis; else all the events, with the longest empty stretches left out
 * unless the reader asked for the linear axis. */
void
fv_timeline_compute_scale (FvChartContext    *ctx,
                           const FvChartData *data,
                           double             x0,
                           double             x1,
                           Scale             *scale)
{
  double t0 = G_MAXDOUBLE, t1 = -G_MAXDOUBLE;
  const FvTimeSegment *last;

  if (ctx->state != NULL && ctx->state->to_day > ctx->state->from_day)
    fv_time_axis_init_linear (&scale->axis, ctx->state->from_day, ctx->state->to_day, x0, x1);
  else
    {
      /* The lanes' spans, gathered at the first drawing. */
      for (guint l = 0; l < ctx->chart->n_lanes; l++)
        if (ctx->chart->lanes[l].n_events > 0)
          {
            t0 = MIN (t0, data->lanes[l].first_day);
            t1 = MAX (t1, data->lanes[l].day_after);
          }

      if (t0 > t1)
        {
          /* No events: show this year, with nothing on it. */
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          t0 = fv_day_number (g_date_time_get_year (now), 1, 1);
          t1 = t0 + 365;
        }
      fv_time_axis_init_fit (&scale->axis, t0, t1, data->gaps, data->n_gaps,
                             ctx->state != NULL && ctx->state->linear_axis, x0, x1);
    }

  last = &scale->axis.segments[scale->axis.n_segments - 1];
  scale->t0 = scale->axis.segments[0].from_day;
  scale->t1 = last->to_day;
  scale->x0 = x0;
  scale->x1 = x1;
}

/* Where event I of a lane spans (START to END) and where its dot is: at
 * the start of a day or a period, in the middle of a month or a year. */
void
fv_timeline_event_x (const Scale      *scale,
                     const FvLaneData *lane_data,
                     guint             i,
                     const FvEvent    *event,
                     double           *start,
                     double           *end,
                     double           *dot_x)
{
  gboolean period = event->end.precision != FV_DATE_PRECISION_NONE;
  gboolean exact = event->date.precision == FV_DATE_PRECISION_DAY;

  *start = fv_timeline_scale_x (scale, lane_data->first_days[i]);
  *end = fv_timeline_scale_x (scale, fv_event_get_day_after (event));
  *dot_x = exact || period ? *start : (*start + *end) / 2;
}

/* Whether a dot at DOT_X is in the time shown. */
gboolean
fv_timeline_dot_shown (const Scale *scale,
                       double       dot_x)
{
  return dot_x >= scale->x0 - DOT_RADIUS && dot_x <= scale->x1 + DOT_RADIUS;
}

/* The first of the N sorted DAYS on or after DAY. */
guint
fv_timeline_lower_bound (const gint32 *days,
                         guint         n,
                         double        day)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (days[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* How many of a lane's N events begin in the time shown: two bisections. */
guint
fv_timeline_count_shown (const FvLaneData *lane_data,
                         guint             n,
                         const Scale      *scale)
{
  return fv_timeline_lower_bound (lane_data->sorted_days, n, scale->t1) -
         fv_timeline_lower_bound (lane_data->sorted_days, n, scale->t0);
}
