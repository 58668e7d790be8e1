/* fv-chart.h — charts drawn with Cairo and Pango from the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each chart is a function of (cairo_t, model, chart, size, style, state):
 * the window's widget calls it from its snapshot, and export calls it on an
 * image surface. No GTK here.
 */
#pragma once

#include <cairo.h>

#include "fv-model.h"
#include "fv-time-axis.h"

G_BEGIN_DECLS

/* The margin fv_chart_draw() leaves around a chart, in its units. */
#define FV_CHART_PADDING 16.0

typedef struct
{
  double red, green, blue, alpha;
} FvColor;

/* Where a reader finds the labels a chart had no room for. */
typedef enum
{
  FV_CHART_LEFT_OUT_NO_ROOM,       /* an image on its own: they are said to be left out */
  FV_CHART_LEFT_OUT_IN_TABLE,      /* the window, whose table view lists them */
  FV_CHART_LEFT_OUT_LISTED_BELOW,  /* the fact sheet, whose facts follow the chart */
} FvChartLeftOut;

typedef struct
{
  FvColor     background;
  FvColor     text;
  FvColor     muted;      /* subtitles, axis labels, the source line */
  FvColor     grid;
  FvColor     accent;     /* marks and bars */
  FvColor     span;       /* periods */
  FvColor     selection;  /* the selected mark, and its label */
  FvColor     on_accent;  /* text on a bar */
  double      line_scale; /* rules and rings: 1, or thicker for high contrast */
  const char *font_family;
  FvChartLeftOut left_out;  /* FV_CHART_LEFT_OUT_NO_ROOM unless said */
} FvChartStyle;

/* What the view shows of the model. */
typedef struct
{
  const char * const *languages; /* the reader's, from fv_languages_new(); NULL: the model's */
  const char *selected_id;  /* the mark drawn as selected, or NULL */
  const char *focus_id;     /* the mark with keyboard focus, or NULL */
  GHashTable *matches;      /* ids found by a search; NULL when there is none */
  /* The time a timeline shows, as day numbers (fv_day_number()), TO_DAY
   * excluded; TO_DAY <= FROM_DAY (as when both are 0): all its events. */
  double      from_day, to_day;
  /* A timeline shown whole: on a linear axis, without leaving out its
   * longest empty stretches. */
  gboolean    linear_axis;
  /* A box at the chart's top right corner, from its right edge and its
   * top, that the title and the subtitle keep clear of: in the window,
   * the buttons over the chart. 0 (exports, prints, copies): none. */
  double      title_inset_width, title_inset_height;
} FvChartState;

typedef struct
{
  double x, y, width, height;
} FvChartRect;

/* The time a timeline shows, as FvChartState has it: for an export. */
typedef struct
{
  double   from_day, to_day;
  gboolean linear_axis;
} FvChartTime;

/* Where a chart drew a piece of a mark (a dot, a span, a label). */
typedef struct
{
  const char  *id;
  FvChartRect  rect;
  /* A span's days, or a cluster's: the events whose titles had no room,
   * counted in one mark that a view opens by zooming to these days. Both
   * 0 for a dot or a label. */
  double       from_day, to_day;
  gboolean     cluster;
} FvChartMark;

void      fv_chart_style_init      (FvChartStyle       *style,
                                    gboolean            dark);
void      fv_chart_style_init_full (FvChartStyle       *style,
                                    gboolean            dark,
                                    gboolean            high_contrast);

void      fv_chart_draw            (cairo_t            *cr,
                                    FvModel            *model,
                                    const FvChart      *chart,
                                    double              width,
                                    double              height,
                                    const FvChartStyle *style,
                                    const FvChartState *state);

GArray   *fv_chart_draw_marks      (cairo_t            *cr,
                                    FvModel            *model,
                                    const FvChart      *chart,
                                    double              width,
                                    double              height,
                                    const FvChartStyle *style,
                                    const FvChartState *state);
int       fv_chart_get_natural_height (FvModel            *model,
                                       const FvChart      *chart,
                                       double              width,
                                       int                 height,
                                       const FvChartStyle *style,
                                       const FvChartState *state);
gboolean  fv_chart_get_title_rect  (FvModel            *model,
                                    const FvChart      *chart,
                                    double              width,
                                    double              height,
                                    const FvChartStyle *style,
                                    const FvChartState *state,
                                    FvChartRect        *title,
                                    FvChartRect        *subtitle);
guint     fv_chart_get_left_out    (FvModel            *model,
                                    const FvChart      *chart,
                                    double              width,
                                    double              height,
                                    const FvChartStyle *style,
                                    const FvChartState *state);
gboolean  fv_chart_get_time_axis   (FvModel            *model,
                                    const FvChart      *chart,
                                    double              width,
                                    double              height,
                                    const FvChartStyle *style,
                                    const FvChartState *state,
                                    FvTimeAxis         *axis);
const char *fv_chart_marks_hit_test (GArray            *marks,
                                    double              x,
                                    double              y);
const FvChartMark *fv_chart_marks_hit (GArray         *marks,
                                    double              x,
                                    double              y);
gboolean  fv_chart_marks_get_rect  (GArray             *marks,
                                    const char         *id,
                                    FvChartRect        *rect);

void      fv_chart_draw_overview  (cairo_t            *cr,
                                    FvModel            *model,
                                    const FvChart      *chart,
                                    double              width,
                                    double              height,
                                    const FvChartStyle *style,
                                    double              from_day,
                                    double              to_day,
                                    FvChartRect        *handle);
double    fv_chart_overview_day_at (FvModel           *model,
                                    const FvChart      *chart,
                                    double              width,
                                    double              x);
gboolean  fv_chart_get_time_span  (FvModel            *model,
                                    const FvChart      *chart,
                                    double             *first_day,
                                    double             *day_after);
GPtrArray *fv_chart_get_mark_ids   (FvModel            *model,
                                    const FvChart      *chart);

char     *fv_chart_describe        (FvModel            *model,
                                    const FvChart      *chart,
                                    const char * const *languages);
const char *fv_chart_get_language  (FvModel            *model,
                                    const FvChart      *chart,
                                    const char * const *languages);
char     *fv_chart_get_source_line (FvModel            *model,
                                    const FvChart      *chart,
                                    const char * const *languages);
char     *fv_chart_describe_mark   (FvModel            *model,
                                    const FvChart      *chart,
                                    const char         *id,
                                    const char * const *languages);

G_END_DECLS
