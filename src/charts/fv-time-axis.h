/* fv-time-axis.h — where a day goes on a timeline, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure arithmetic, without Cairo: the timeline draws with it, the window's
 * chart zooms and pans with it, and the tests check it on its own.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* At most two long empty stretches left out: more breaks than that and
 * the axis no longer reads as one. */
#define FV_TIME_AXIS_MAX_BREAKS   2
#define FV_TIME_AXIS_BREAK_WIDTH  24.0  /* pixels a break takes on the axis */

/* Days FROM_DAY to TO_DAY drawn from X0 to X1 pixels. */
typedef struct
{
  double from_day, to_day;
  double x0, x1;
} FvTimeSegment;

/* A time axis: one segment, or several with a break between each two, all
 * at the same number of pixels a day (a break shortens the axis; it never
 * stretches one stretch of time against another). */
typedef struct
{
  FvTimeSegment segments[FV_TIME_AXIS_MAX_BREAKS + 1];
  guint         n_segments;
} FvTimeAxis;

/* A stretch of time with no event in it: from the day after one event
 * ends to the first day of the next. */
typedef struct
{
  gint32 from_day, to_day;
} FvTimeGap;

typedef enum
{
  FV_TIME_UNIT_DAY,
  FV_TIME_UNIT_MONTH,
  FV_TIME_UNIT_YEAR,
} FvTimeUnit;

typedef struct
{
  FvTimeUnit unit;
  int        n;      /* 1, 2, 7 … days; 1, 3, 6 months; 1, 5, 10 … years */
  double     days;   /* about how many days one step is */
} FvTimeStep;

/* A tick of the axis: a whole day, month or year. */
typedef struct
{
  double   day;          /* day number */
  int      year, month, mday;
  guint    segment;      /* which segment it is in */
} FvTimeTick;

void              fv_time_range_pad        (double          *first_day,
                                            double          *day_after);
void              fv_time_axis_init_linear (FvTimeAxis      *axis,
                                            double           from_day,
                                            double           to_day,
                                            double           x0,
                                            double           x1);
void              fv_time_axis_init_fit    (FvTimeAxis      *axis,
                                            double           first_day,
                                            double           day_after,
                                            const FvTimeGap *gaps,
                                            guint            n_gaps,
                                            gboolean         linear,
                                            double           x0,
                                            double           x1);

int               fv_time_day_year         (double            day);
double            fv_time_axis_x           (const FvTimeAxis *axis,
                                            double            day);
double            fv_time_axis_day         (const FvTimeAxis *axis,
                                            double            x);
double            fv_time_axis_px_per_day  (const FvTimeAxis *axis);
double            fv_time_axis_days_shown  (const FvTimeAxis *axis);

const FvTimeStep *fv_time_axis_step        (const FvTimeAxis *axis,
                                            double            min_apart);
GArray           *fv_time_axis_ticks       (const FvTimeAxis *axis,
                                            const FvTimeStep *step);

void              fv_time_axis_zoom        (const FvTimeAxis *axis,
                                            double            x,
                                            double            factor,
                                            double           *from_day,
                                            double           *to_day);
gboolean          fv_time_window_clamp     (double           *from_day,
                                            double           *to_day,
                                            double            all_from,
                                            double            all_to,
                                            double            min_days);

G_END_DECLS
