/* fv-time-axis.c — where a day goes on a timeline, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A story's events are seldom spread evenly: the built-in one has a law in
 * 1996, a lawsuit in 2007 and five events in its last five years. On a
 * linear axis the long empty years take most of the width and the recent
 * events pile up at the right edge. Newsroom charts leave such a stretch
 * out and mark the axis where they do; so does this, for at most
 * FV_TIME_AXIS_MAX_BREAKS stretches that each take a large share of the
 * time, and only when the reader has not asked for the linear axis. Every
 * segment keeps the same pixels a day: a break shortens the axis, it never
 * stretches one period against another.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "fv-date.h"
#include "fv-time-axis.h"

/* A stretch is left out when it is at least this share of the time that
 * would be left. */
#define BREAK_SHARE 0.3
/* … and at least this many times as long as the next longest. */
#define STAND_OUT   2.0
/* The margin on either side of the events, and on either side of a
 * break, as a share of the time shown. */
#define PAD_SHARE   0.04

/**
 * fv_time_range_pad:
 *
 * The time a timeline shows of events from @first_day to @day_after: at
 * least 60 days, with a margin on either side so that no dot sits on the
 * edge.
 */
void
fv_time_range_pad (double *first_day,
                   double *day_after)
{
  double pad;

  if (*day_after - *first_day < 60)
    {
      double mid = (*first_day + *day_after) / 2;

      *first_day = mid - 30;
      *day_after = mid + 30;
    }
  pad = (*day_after - *first_day) * PAD_SHARE;
  *first_day -= pad;
  *day_after += pad;
}

void
fv_time_axis_init_linear (FvTimeAxis *axis,
                          double      from_day,
                          double      to_day,
                          double      x0,
                          double      x1)
{
  g_return_if_fail (axis != NULL);

  if (to_day <= from_day)
    to_day = from_day + 1;
  if (x1 <= x0)
    x1 = x0 + 1;
  axis->n_segments = 1;
  axis->segments[0] = (FvTimeSegment) { from_day, to_day, x0, x1 };
}

static int
compare_gaps_by_time (gconstpointer a,
                      gconstpointer b)
{
  const FvTimeGap *ga = a, *gb = b;

  return (ga->from_day > gb->from_day) - (ga->from_day < gb->from_day);
}

/**
 * fv_time_axis_init_fit:
 * @first_day: @day_after: the events' span, as day numbers
 * @gaps: (array length=n_gaps): the longest empty stretches among them,
 *   longest first
 * @linear: no break, whatever the gaps
 * @x0: @x1: the pixels the axis spans
 *
 * The axis of a timeline shown whole: linear, or with the longest empty
 * stretches left out where each is at least BREAK_SHARE of the time that
 * would be left, STAND_OUT times as long as the next, and wide enough on
 * a linear axis to be worth a break.
 */
void
fv_time_axis_init_fit (FvTimeAxis      *axis,
                       double           first_day,
                       double           day_after,
                       const FvTimeGap *gaps,
                       guint            n_gaps,
                       gboolean         linear,
                       double           x0,
                       double           x1)
{
  FvTimeGap chosen[FV_TIME_AXIS_MAX_BREAKS];
  guint n_chosen = 0;
  double kept = day_after - first_day, pad, total = 0, px_per_day, x, from;
  double linear_from = first_day, linear_to = day_after;

  g_return_if_fail (axis != NULL);

  fv_time_range_pad (&linear_from, &linear_to);
  if (linear || day_after - first_day < 60 || x1 - x0 < 4 * FV_TIME_AXIS_BREAK_WIDTH)
    {
      fv_time_axis_init_linear (axis, linear_from, linear_to, x0, x1);
      return;
    }

  for (guint i = 0; i < n_gaps && n_chosen < FV_TIME_AXIS_MAX_BREAKS; i++)
    {
      double length = gaps[i].to_day - gaps[i].from_day;

      double next = i + 1 < n_gaps ? gaps[i + 1].to_day - gaps[i + 1].from_day : 0;

      /* Longest first: once one is too short, so are the rest. And only
       * a stretch that stands out: events spread evenly have gaps of one
       * length, and leaving those out would only crowd them. */
      if (length < BREAK_SHARE * kept || length < STAND_OUT * next)
        break;
      chosen[n_chosen++] = gaps[i];
      kept -= length;
    }

  /* Each break keeps a margin of time on either side, so that the events
   * beside it do not sit on it; and a break must leave out more than it
   * takes on the axis. The margin is a share of the time the axis shows,
   * which a break found not worth it shows too. */
  pad = kept * PAD_SHARE;
  {
    guint worth = 0;

    for (guint i = 0; i < n_chosen; i++)
      {
        double length = chosen[i].to_day - chosen[i].from_day;

        if ((length - 2 * pad) * (x1 - x0) / (linear_to - linear_from) >=
            3 * FV_TIME_AXIS_BREAK_WIDTH)
          chosen[worth++] = chosen[i];
        else
          kept += length;
      }
    n_chosen = worth;
  }
  pad = kept * PAD_SHARE;
  if (n_chosen == 0)
    {
      fv_time_axis_init_linear (axis, linear_from, linear_to, x0, x1);
      return;
    }
  qsort (chosen, n_chosen, sizeof (FvTimeGap), compare_gaps_by_time);

  axis->n_segments = n_chosen + 1;
  from = first_day - pad;
  for (guint i = 0; i <= n_chosen; i++)
    {
      FvTimeSegment *segment = &axis->segments[i];

      segment->from_day = from;
      segment->to_day = i < n_chosen ? chosen[i].from_day + pad : day_after + pad;
      total += segment->to_day - segment->from_day;
      if (i < n_chosen)
        from = chosen[i].to_day - pad;
    }

  px_per_day = (x1 - x0 - n_chosen * FV_TIME_AXIS_BREAK_WIDTH) / total;
  x = x0;
  for (guint i = 0; i < axis->n_segments; i++)
    {
      FvTimeSegment *segment = &axis->segments[i];

      segment->x0 = x;
      segment->x1 = i + 1 == axis->n_segments
                    ? x1 : x + (segment->to_day - segment->from_day) * px_per_day;
      x = segment->x1 + FV_TIME_AXIS_BREAK_WIDTH;
    }
}

double
fv_time_axis_px_per_day (const FvTimeAxis *axis)
{
  const FvTimeSegment *segment = &axis->segments[0];

  return (segment->x1 - segment->x0) / (segment->to_day - segment->from_day);
}

/**
 * fv_time_axis_days_shown:
 *
 * Returns: how many days the axis shows, not counting what its breaks
 *   leave out
 */
double
fv_time_axis_days_shown (const FvTimeAxis *axis)
{
  double days = 0;

  for (guint i = 0; i < axis->n_segments; i++)
    days += axis->segments[i].to_day - axis->segments[i].from_day;
  return days;
}

/**
 * fv_time_axis_x:
 *
 * Returns: where @day is on the axis: in its segment; within a break,
 *   across the break's width; before the first segment or after the last,
 *   where the axis would go on
 */
double
fv_time_axis_x (const FvTimeAxis *axis,
                double            day)
{
  double px_per_day = fv_time_axis_px_per_day (axis);

  for (guint i = 0; i < axis->n_segments; i++)
    {
      const FvTimeSegment *segment = &axis->segments[i];

      if (i > 0 && day < segment->from_day)
        {
          const FvTimeSegment *before = &axis->segments[i - 1];

          return before->x1 + (day - before->to_day) / (segment->from_day - before->to_day) *
                              (segment->x0 - before->x1);
        }
      if (day <= segment->to_day || i + 1 == axis->n_segments)
        return segment->x0 + (day - segment->from_day) * px_per_day;
    }

  g_assert_not_reached ();
}

/**
 * fv_time_axis_day:
 *
 * Returns: the day at @x, as fv_time_axis_x() places it
 */
double
fv_time_axis_day (const FvTimeAxis *axis,
                  double            x)
{
  double px_per_day = fv_time_axis_px_per_day (axis);

  for (guint i = 0; i < axis->n_segments; i++)
    {
      const FvTimeSegment *segment = &axis->segments[i];

      if (i > 0 && x < segment->x0)
        {
          const FvTimeSegment *before = &axis->segments[i - 1];

          return before->to_day + (x - before->x1) / (segment->x0 - before->x1) *
                                  (segment->from_day - before->to_day);
        }
      if (x <= segment->x1 || i + 1 == axis->n_segments)
        return segment->from_day + (x - segment->x0) / px_per_day;
    }

  g_assert_not_reached ();
}

static const FvTimeStep steps[] = {
  { FV_TIME_UNIT_DAY, 1, 1 }, { FV_TIME_UNIT_DAY, 2, 2 }, { FV_TIME_UNIT_DAY, 7, 7 },
  { FV_TIME_UNIT_DAY, 14, 14 }, { FV_TIME_UNIT_MONTH, 1, 30.4 }, { FV_TIME_UNIT_MONTH, 2, 60.9 },
  { FV_TIME_UNIT_MONTH, 3, 91.3 }, { FV_TIME_UNIT_MONTH, 6, 182.6 },
  { FV_TIME_UNIT_YEAR, 1, 365.25 }, { FV_TIME_UNIT_YEAR, 2, 730.5 },
  { FV_TIME_UNIT_YEAR, 5, 1826 }, { FV_TIME_UNIT_YEAR, 10, 3652 },
  { FV_TIME_UNIT_YEAR, 20, 7305 }, { FV_TIME_UNIT_YEAR, 50, 18262 },
  { FV_TIME_UNIT_YEAR, 100, 36525 }, { FV_TIME_UNIT_YEAR, 200, 73050 },
  { FV_TIME_UNIT_YEAR, 500, 182625 }, { FV_TIME_UNIT_YEAR, 1000, 365250 },
};

/**
 * fv_time_axis_step:
 * @min_apart: the fewest pixels between two ticks (ten more for days,
 *   whose labels are wider)
 *
 * Returns: the finest step of whole days, months or years whose ticks
 *   are @min_apart or more apart
 */
const FvTimeStep *
fv_time_axis_step (const FvTimeAxis *axis,
                   double            min_apart)
{
  double px_per_day = fv_time_axis_px_per_day (axis);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].days * px_per_day >= (steps[i].unit == FV_TIME_UNIT_DAY ? min_apart + 10
                                                                          : min_apart))
      return &steps[i];
  return &steps[G_N_ELEMENTS (steps) - 1];
}

/**
 * fv_time_day_year:
 *
 * Returns: the year day number @day falls in, within 1 to 9999
 */
int
fv_time_day_year (double day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) CLAMP (day, 1, fv_day_number (9999, 12, 31)));
  return g_date_get_year (&date);
}

/* The first boundary of STEP on or after DAY. */
static void
first_boundary (const FvTimeStep *step,
                double            day,
                int              *year,
                int              *month,
                int              *mday)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) CLAMP (ceil (day), 1, fv_day_number (9999, 12, 31)));
  *year = g_date_get_year (&date);
  *month = g_date_get_month (&date);
  *mday = g_date_get_day (&date);

  switch (step->unit)
    {
    case FV_TIME_UNIT_YEAR:
      *year = ((*year + step->n - 1) / step->n) * step->n;
      if (fv_day_number (*year, 1, 1) < day)
        *year += step->n;
      *month = *mday = 1;
      break;
    case FV_TIME_UNIT_MONTH:
      if (*mday > 1)
        (*month)++;
      *mday = 1;
      *month = ((*month - 1 + step->n - 1) / step->n) * step->n + 1;
      while (*month > 12)
        *month -= 12, (*year)++;
      break;
    case FV_TIME_UNIT_DAY:
    default:
      break;
    }
}

static void
next_boundary (const FvTimeStep *step,
               int              *year,
               int              *month,
               int              *mday)
{
  GDate next;

  switch (step->unit)
    {
    case FV_TIME_UNIT_YEAR:
      *year += step->n;
      break;
    case FV_TIME_UNIT_MONTH:
      *month += step->n;
      while (*month > 12)
        *month -= 12, (*year)++;
      break;
    case FV_TIME_UNIT_DAY:
    default:
      g_date_clear (&next, 1);
      g_date_set_julian (&next, (guint32) fv_day_number (*year, *month, *mday) + step->n);
      *year = g_date_get_year (&next);
      *month = g_date_get_month (&next);
      *mday = g_date_get_day (&next);
      break;
    }
}

/**
 * fv_time_axis_ticks:
 *
 * Returns: (transfer full) (element-type FvTimeTick): the ticks of @step
 *   in each segment of @axis, oldest first; at most 200 in all
 */
GArray *
fv_time_axis_ticks (const FvTimeAxis *axis,
                    const FvTimeStep *step)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (FvTimeTick));

  for (guint s = 0; s < axis->n_segments && ticks->len < 200; s++)
    {
      const FvTimeSegment *segment = &axis->segments[s];
      int year, month, mday;

      first_boundary (step, MAX (segment->from_day, 1), &year, &month, &mday);
      while (ticks->len < 200 && year <= 9999)
        {
          FvTimeTick tick = { fv_day_number (year, month, mday), year, month, mday, s };

          if (tick.day > segment->to_day)
            break;
          g_array_append_val (ticks, tick);
          next_boundary (step, &year, &month, &mday);
        }
    }

  return ticks;
}

/**
 * fv_time_axis_zoom:
 * @x: the pixel to zoom about: the day under it stays under it
 * @factor: the time shown after, as a share of the time shown now (below
 *   1 zooms in)
 * @from_day: (out): @to_day: (out): the time to show, on a linear axis
 *
 * From a broken axis, the time shown is what its segments show: zooming in
 * from the whole shows less than it, about @x.
 */
void
fv_time_axis_zoom (const FvTimeAxis *axis,
                   double            x,
                   double            factor,
                   double           *from_day,
                   double           *to_day)
{
  double x0 = axis->segments[0].x0, x1 = axis->segments[axis->n_segments - 1].x1;
  double at, share, span;

  x = CLAMP (x, x0, x1);
  at = fv_time_axis_day (axis, x);
  share = (x - x0) / (x1 - x0);
  span = fv_time_axis_days_shown (axis) * factor;
  *from_day = at - share * span;
  *to_day = *from_day + span;
}

/**
 * fv_time_window_clamp:
 * @from_day: (inout): @to_day: (inout): the time to show
 * @all_from: @all_to: the time the whole timeline shows
 * @min_days: the least time a window shows
 *
 * Keeps a window from panning off the events altogether (at least half
 * of it over them) and from showing less than @min_days.
 *
 * Returns: %FALSE when the window is empty or as long as the whole, which
 *   a view then shows instead
 */
gboolean
fv_time_window_clamp (double *from_day,
                      double *to_day,
                      double  all_from,
                      double  all_to,
                      double  min_days)
{
  double span;

  if (*to_day <= *from_day || *to_day - *from_day >= all_to - all_from)
    return FALSE;

  span = MAX (*to_day - *from_day, min_days);
  *from_day = CLAMP (*from_day, all_from - span / 2, all_to - span / 2);
  *to_day = *from_day + span;
  return TRUE;
}
