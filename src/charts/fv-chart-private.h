/* fv-chart-private.h — what the chart types share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "fv-chart.h"
#include "fv-time-axis.h"

G_BEGIN_DECLS

/* One drawing of one chart: where its marks went, for hit-testing. */
typedef struct
{
  cairo_t            *cr;
  FvModel            *model;
  const FvChart      *chart;
  const FvChartStyle *style;
  const FvChartState *state;
  const char * const *languages;  /* the state's, or NULL */
  double              width;
  double              height;
  FvChartRect         plot;   /* the area between the titles and the source line */
  GArray             *marks;  /* of FvChartMark, in drawing order */
  PangoContext       *pango;  /* one for all the drawing's texts */
  PangoFontDescription *font; /* the style's family */
  FvTimeAxis          axis;     /* a timeline's, once drawn */
  gboolean            has_axis;
  gboolean            layout_only;  /* as far as the axis, and no further */
  gboolean            frame_only;   /* the frame's texts at their size, and nothing more */
  double              frame_height; /* what they take of the height, then */
  gboolean            title_only;   /* as far as the title and subtitle's places */
  FvChartRect         title_rect;   /* where the title's lines are drawn */
  FvChartRect         subtitle_rect; /* the subtitle's; all 0 without one */
  double              text_scale;   /* the frame's texts: 1, or smaller where the height is short */
  guint               left_out;     /* texts with no room, left out whole: the chart says so */
  double              lane_name_top;    /* where the lane drawn now has its name in the */
  double              lane_name_right;  /* gutter, which its titles leave clear */
} FvChartContext;

/* Of the height a chart is drawn at, its plot keeps at least this much
 * (the frame's texts get smaller first). */
#define FV_CHART_PLOT_SHARE 0.5

FvChartContext *fv_chart_context_new  (cairo_t            *cr,
                                       FvModel            *model,
                                       const FvChart      *chart,
                                       double              width,
                                       double              height,
                                       const FvChartStyle *style,
                                       const FvChartState *state);
void         fv_chart_context_free  (FvChartContext *ctx);
void         fv_chart_render        (FvChartContext *ctx);
PangoLayout *fv_chart_text          (FvChartContext *ctx,
                                     const char     *text,
                                     double          size,
                                     gboolean        bold,
                                     double          max_width);
void         fv_chart_show_text     (FvChartContext *ctx,
                                     PangoLayout    *layout,
                                     double          x,
                                     double          y,
                                     const FvColor  *color,
                                     double          alpha);
void         fv_chart_set_color     (cairo_t        *cr,
                                     const FvColor  *color,
                                     double          alpha);
void         fv_chart_add_mark      (FvChartContext *ctx,
                                     const char     *id,
                                     double          x,
                                     double          y,
                                     double          width,
                                     double          height);
void         fv_chart_add_mark_days (FvChartContext *ctx,
                                     const char     *id,
                                     double          x,
                                     double          y,
                                     double          width,
                                     double          height,
                                     double          from_day,
                                     double          to_day,
                                     gboolean        cluster);
void         fv_chart_fill_uncertain (FvChartContext *ctx,
                                      double          start,
                                      double          end,
                                      gboolean        fades_in,
                                      gboolean        fades_out,
                                      double          alpha);
const char  *fv_chart_model_text    (FvChartContext *ctx,
                                     const FvText   *text);
gboolean     fv_chart_is_dimmed     (FvChartContext *ctx,
                                     const char     *id);

double       fv_chart_legend        (FvChartContext *ctx,
                                     double          x,
                                     double          y,
                                     gboolean        draw,
                                     double         *one_line);
const FvColor *fv_chart_figure_color (FvChartContext *ctx,
                                     guint           i);
/* The broken ring of an event without a date, in the chart and its legend. */
extern const double fv_chart_placed_dash[2];

void         fv_timeline_chart_draw (FvChartContext *ctx);
void         fv_bar_chart_draw      (FvChartContext *ctx);
char        *fv_bar_chart_shared_date (const FvChart *chart);

G_END_DECLS
