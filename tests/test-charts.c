/* test-charts.c — charts drawn on an image surface, checked pixel by pixel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fv-chart-data.h"
#include "fv-chart-export.h"
#include "fv-chart.h"
#include "fv-test-charts.h"
#include "fv-model.h"
#include "fv-output.h"

static const char * const english[] = { "en", NULL };

static FvModel *
builtin (void)
{
  return fv_model_new_builtin ();
}

/* Where a drawing of CHART at this size puts its marks, as a chart view
 * keeps them from its last drawing. */
static GArray *
draw_marks (FvModel       *model,
            const FvChart *chart,
            double         width,
            double         height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  FvChartState state = { .languages = english };
  FvChartStyle style;
  GArray *marks;

  fv_chart_style_init (&style, FALSE);
  marks = fv_chart_draw_marks (cr, model, chart, width, height, &style, &state);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return marks;
}

static const char *
hit_test (FvModel       *model,
          const FvChart *chart,
          double         width,
          double         height,
          double         x,
          double         y)
{
  g_autoptr(GArray) marks = draw_marks (model, chart, width, height);

  return fv_chart_marks_hit_test (marks, x, y);
}

static gboolean
get_mark_rect (FvModel       *model,
               const FvChart *chart,
               double         width,
               double         height,
               const char    *id,
               FvChartRect   *rect)
{
  g_autoptr(GArray) marks = draw_marks (model, chart, width, height);

  return fv_chart_marks_get_rect (marks, id, rect);
}

static cairo_surface_t *
render (FvModel            *model,
        const FvChart      *chart,
        int                 width,
        int                 height,
        const FvChartState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  FvChartStyle style;

  fv_chart_style_init (&style, FALSE);
  fv_chart_draw (cr, model, chart, width, height, &style, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       FvColor         *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb = *(const guint32 *) (data + y * stride + x * 4);

  color->alpha = ((argb >> 24) & 0xff) / 255.0;
  color->red = ((argb >> 16) & 0xff) / 255.0;
  color->green = ((argb >> 8) & 0xff) / 255.0;
  color->blue = (argb & 0xff) / 255.0;
}

static gboolean
is_color (cairo_surface_t *surface,
          int              x,
          int              y,
          const FvColor   *want)
{
  FvColor got;

  pixel (surface, x, y, &got);
  return fabs (got.red - want->red) < 0.02 && fabs (got.green - want->green) < 0.02 &&
         fabs (got.blue - want->blue) < 0.02;
}

/* A bar of either colour: bars of two populations differ. */
static gboolean
is_bar (cairo_surface_t    *surface,
        int                 x,
        int                 y,
        const FvChartStyle *style)
{
  return is_color (surface, x, y, &style->accent) || is_color (surface, x, y, &style->span);
}

/* The survey's bars: the one for 70 is longer than the one for 44 in the
 * ratio of the data, on an axis that starts at 0. */
static void
test_bar_lengths (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "trust-survey");
  cairo_surface_t *surface = render (model, chart, 800, 500, NULL);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  FvChartStyle style;
  int lengths[2] = { 0, 0 }, n_bars = 0, x0 = 17;

  fv_chart_style_init (&style, FALSE);

  /* Down the column just inside the bars' left edge, find each bar's top;
   * then measure its length along a row near its top, clear of its value. */
  for (int y = 0; y < height && n_bars < 2; y++)
    {
      if (!is_bar (surface, x0, y, &style))
        continue;

      for (int x = x0; x < width && is_bar (surface, x, y + 2, &style); x++)
        lengths[n_bars]++;
      n_bars++;

      while (y < height && is_bar (surface, x0, y, &style))
        y++;
    }

  g_assert_cmpint (n_bars, ==, 2);
  g_assert_cmpint (lengths[0], >, 100);
  g_assert_cmpfloat_with_epsilon ((double) lengths[1] / lengths[0], 70.0 / 44.0, 0.02);

  cairo_surface_destroy (surface);
}

/* The lowest mark's bottom: the legend starts below it. */
static double
marks_bottom (GArray *marks)
{
  double bottom = 0;

  for (guint m = 0; m < marks->len; m++)
    {
      const FvChartRect *rect = &g_array_index (marks, FvChartMark, m).rect;

      bottom = MAX (bottom, rect->y + rect->height);
    }
  return bottom;
}

/* The first row, from the bottom of SURFACE up, where column X has COLOR,
 * or -1. */
static int
lowest_row_of (cairo_surface_t *surface,
               int              x,
               const FvColor   *color)
{
  for (int y = cairo_image_surface_get_height (surface) - 1; y >= 0; y--)
    if (is_color (surface, x, y, color))
      return y;
  return -1;
}

/* The survey's two bars count two populations: they differ in colour, and
 * under the plot (below every mark, above the source line) a legend shows
 * a swatch of each colour, as an export carries it. */
static void
test_bar_legend (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "trust-survey");
  FvChartState state = { .languages = english };
  cairo_surface_t *surface = render (model, chart, 800, 500, &state);
  g_autoptr(GArray) marks = draw_marks (model, chart, 800, 500);
  double bottom = marks_bottom (marks);
  FvChartStyle style;
  int first = -1, second = -1;

  fv_chart_style_init (&style, FALSE);
  /* The bars themselves: the first of the accent, the second of the span's
   * colour. */
  for (int y = 0; y < bottom; y++)
    {
      if (first < 0 && is_color (surface, 17, y, &style.accent))
        first = y;
      if (second < 0 && is_color (surface, 17, y, &style.span))
        second = y;
    }
  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (second, >, first);

  /* The swatches, in the column just inside the plot's left edge. */
  first = lowest_row_of (surface, 24, &style.accent);
  second = lowest_row_of (surface, 24, &style.span);
  g_assert_cmpint (first, >, bottom);
  g_assert_cmpint (second, >, first);
  g_assert_cmpint (second, <, 500 - 16 - 11);

  cairo_surface_destroy (surface);
}

/* A timeline's legend names its dot and its hollow dot, and the selected
 * mark's ring when something on the chart is selected; below every mark
 * and the axis's labels. */
static void
test_timeline_legend (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "maricopa-timeline");
  FvChartState state = { .languages = english };
  cairo_surface_t *surface = render (model, chart, 1200, 675, &state);
  g_autoptr(GArray) marks = draw_marks (model, chart, 1200, 675);
  double bottom = marks_bottom (marks);
  FvChartStyle style;
  int dot, dot_x = 0, ring_x = -1, y;

  fv_chart_style_init (&style, FALSE);
  /* The legend's dot: the lowest pixel of the accent, wherever the legend
   * stands on its row (beside the source line where there is room). */
  dot = -1;
  for (int row = 675 - 1; row > 0 && dot < 0; row--)
    for (int x = 0; x < 1200 && dot < 0; x++)
      if (is_color (surface, x, row, &style.accent))
        {
          dot = row;
          dot_x = x;
        }
  g_assert_cmpint (dot, >, bottom + 24);  /* below the axis's labels too */
  /* The leftmost of the accent on the legend's row is the dot; its middle
   * row is 4 above its lowest. */
  for (int row = dot - 14; row <= dot; row++)
    for (int x = 0; x < dot_x; x++)
      if (is_color (surface, x, row, &style.accent))
        dot_x = x;
  y = -1;
  for (int row = dot - 14; row <= dot; row++)
    if (is_color (surface, dot_x + 4, row, &style.accent))
      y = row;
  y -= 4;
  /* Along that row: the dot, its words, then a hollow dot: a ring of the
   * accent round the background. */
  for (int x = dot_x + 12; x < 1200 && ring_x < 0; x++)
    if (is_color (surface, x, y, &style.accent) && is_color (surface, x + 4, y, &style.background))
      for (int d = 7; d <= 12; d++)
        if (is_color (surface, x + d, y, &style.accent))
          ring_x = x;
  g_assert_cmpint (ring_x, >, dot_x);
  for (int x = 0; x < 1200; x++)
    g_assert_false (is_color (surface, x, y, &style.selection));
  cairo_surface_destroy (surface);

  state.selected_id = "ev-arpaio-loses";
  surface = render (model, chart, 1200, 675, &state);
  {
    gboolean ring = FALSE;

    for (int x = ring_x + 10; x < 1200 && !ring; x++)
      for (int dy = -8; dy <= 8 && !ring; dy++)
        ring = is_color (surface, x, y + dy, &style.selection);
    g_assert_true (ring);
  }
  cairo_surface_destroy (surface);
}

/* The bars' lengths in SURFACE, top to bottom, as in test_bar_lengths. */
static guint
bar_lengths (cairo_surface_t *surface,
             int             *lengths,
             guint            max)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  FvChartStyle style;
  guint n_bars = 0;
  int x0 = 17;

  fv_chart_style_init (&style, FALSE);
  for (int y = 0; y < height && n_bars < max; y++)
    {
      if (!is_bar (surface, x0, y, &style))
        continue;

      lengths[n_bars] = 0;
      for (int x = x0; x < width && is_bar (surface, x, y + 2, &style); x++)
        lengths[n_bars]++;
      n_bars++;

      while (y < height && is_bar (surface, x0, y, &style))
        y++;
    }
  return n_bars;
}

static FvModel *load_text (const char *text);

static FvModel *
two_shares (const char *axis)
{
  g_autofree char *text = g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"statements\": {\"title\": \"c\"}},"
    " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
    " \"figures\": ["
    "  {\"id\": \"a\", \"label\": \"Smaller share\", \"value\": 2.4, \"unit\": \"percent\","
    "   \"measure\": \"said one thing\", \"references\": [{\"source\": \"s\"}]},"
    "  {\"id\": \"b\", \"label\": \"Larger share\", \"value\": 4.9, \"unit\": \"percent\","
    "   \"measure\": \"said another\", \"references\": [{\"source\": \"s\"}]}],"
    " \"charts\": [{\"id\": \"c\", \"type\": \"bar\", \"tab\": \"statements\", \"title\": \"T\","
    "   \"data\": {\"figures\": [\"a\", \"b\"]%s}}]}", axis);

  return load_text (text);
}

static FvModel *
two_dated (const char *date_a,
           const char *date_b)
{
  g_autofree char *text = g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"statements\": {\"title\": \"c\"}},"
    " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
    " \"figures\": ["
    "  {\"id\": \"a\", \"label\": \"First\", \"value\": 44, \"unit\": \"percent\"%s%s%s,"
    "   \"references\": [{\"source\": \"s\"}]},"
    "  {\"id\": \"b\", \"label\": \"Second\", \"value\": 70, \"unit\": \"percent\"%s%s%s,"
    "   \"references\": [{\"source\": \"s\"}]}],"
    " \"charts\": [{\"id\": \"c\", \"type\": \"bar\", \"tab\": \"statements\", \"title\": \"T\","
    "   \"subtitle\": \"Share\", \"data\": {\"figures\": [\"a\", \"b\"]}}]}",
    date_a ? ", \"precision\": \"year\", \"date\": \"" : "", date_a ? date_a : "", date_a ? "\"" : "",
    date_b ? ", \"precision\": \"year\", \"date\": \"" : "", date_b ? date_b : "", date_b ? "\"" : "");

  return load_text (text);
}

/* The rightmost column in rows FROM to TO of SURFACE that is not the
 * background: how far a text there reaches. */
static int
ink_end (cairo_surface_t *surface,
         int              from,
         int              to)
{
  FvChartStyle style;
  int end = -1;

  fv_chart_style_init (&style, FALSE);
  for (int y = from; y < to; y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (!is_color (surface, x, y, &style.background))
        end = MAX (end, x);
  return end;
}

/* Bars of different years never read as one fact: each label says its
 * year ("First (2012)"); bars of one year say it once, in the subtitle. */
static void
test_bar_dates (void)
{
  g_autoptr(FvModel) differ = two_dated ("2012", "2013");
  g_autoptr(FvModel) same = two_dated ("2013", "2013");
  g_autoptr(FvModel) none = two_dated (NULL, NULL);
  FvChartState state = { .languages = english };
  cairo_surface_t *surfaces[3];
  int bar_top[3], label_end[3], subtitle_end[3];
  FvChartStyle style;

  fv_chart_style_init (&style, FALSE);
  surfaces[0] = render (differ, fv_model_lookup_chart (differ, "c"), 800, 400, &state);
  surfaces[1] = render (same, fv_model_lookup_chart (same, "c"), 800, 400, &state);
  surfaces[2] = render (none, fv_model_lookup_chart (none, "c"), 800, 400, &state);
  for (guint k = 0; k < 3; k++)
    {
      for (bar_top[k] = 0; bar_top[k] < 400; bar_top[k]++)
        if (is_bar (surfaces[k], 17, bar_top[k], &style))
          break;
      g_assert_cmpint (bar_top[k], <, 400);
      /* The first bar's label is just above it; the subtitle under the title. */
      label_end[k] = ink_end (surfaces[k], bar_top[k] - 22, bar_top[k] - 4);
      subtitle_end[k] = ink_end (surfaces[k], 38, 54);
      g_test_message ("label ends at %d, subtitle at %d", label_end[k], subtitle_end[k]);
    }

  /* " (2012)" after the label, and nowhere else. */
  g_assert_cmpint (label_end[0], >, label_end[1] + 20);
  g_assert_cmpint (label_end[1], ==, label_end[2]);
  g_assert_cmpint (subtitle_end[0], ==, subtitle_end[2]);
  /* " (2013)" after the subtitle. */
  g_assert_cmpint (subtitle_end[1], >, subtitle_end[2] + 20);

  for (guint k = 0; k < 3; k++)
    cairo_surface_destroy (surfaces[k]);
}

/* A bar chart takes its scale from the data: 2.4 % beside 4.9 % are two
 * bars in their ratio, the larger nearly the width; fixed at 100 by the
 * model, both are short, as a share of the whole is. */
static void
test_bar_scale (void)
{
  g_autoptr(FvModel) from_data = two_shares ("");
  g_autoptr(FvModel) whole = two_shares (", \"axis_max\": 100");
  cairo_surface_t *surface = render (from_data, fv_model_lookup_chart (from_data, "c"), 800, 400,
                                     NULL);
  int lengths[2];

  g_assert_cmpuint (bar_lengths (surface, lengths, 2), ==, 2);
  g_assert_cmpfloat_with_epsilon ((double) lengths[0] / lengths[1], 2.4 / 4.9, 0.02);
  g_assert_cmpint (lengths[1], >, 800 * 0.8);
  cairo_surface_destroy (surface);

  surface = render (whole, fv_model_lookup_chart (whole, "c"), 800, 400, NULL);
  g_assert_cmpuint (bar_lengths (surface, lengths, 2), ==, 2);
  g_assert_cmpint (lengths[1], <, 800 * 0.06);
  cairo_surface_destroy (surface);
}

/* Grid lines never run through text: no pixel of the grid's colour touches
 * one of the text's, labels, values and what each bar measures alike. */
static void
test_bar_grid_clear_of_text (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "trust-survey");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 500);
  cairo_t *cr = cairo_create (surface);
  FvChartStyle style;
  guint text_pixels = 0;

  /* Colours no antialiasing makes of the others. */
  fv_chart_style_init (&style, FALSE);
  style.grid = (FvColor) { 1, 0, 0, 1 };
  style.text = (FvColor) { 0, 0, 1, 1 };
  style.muted = (FvColor) { 0, 0, 1, 1 };
  fv_chart_draw (cr, model, chart, 800, 500, &style, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 1; y < 499; y++)
    for (int x = 1; x < 799; x++)
      {
        if (!is_color (surface, x, y, &style.text))
          continue;
        text_pixels++;
        for (int dy = -1; dy <= 1; dy++)
          for (int dx = -1; dx <= 1; dx++)
            if (is_color (surface, x + dx, y + dy, &style.grid))
              g_error ("a grid line touches text at %d, %d", x + dx, y + dy);
      }
  g_assert_cmpuint (text_pixels, >, 500);
  cairo_surface_destroy (surface);
}

/* Every text a chart writes reads at 4.5:1 or more in each of the four
 * palettes (WCAG 2 AA); marks at 3:1 (non-text); the high-contrast ones
 * have no grey and thicker rules. */
static void
test_style_contrast (void)
{
  for (guint dark = 0; dark <= 1; dark++)
    for (guint high = 0; high <= 1; high++)
      {
        FvChartStyle style;

        fv_chart_style_init_full (&style, dark, high);
        g_test_message ("dark %u, high contrast %u", dark, high);
        g_assert_cmpfloat (fv_test_contrast (&style.text, &style.background), >=, 4.5);
        g_assert_cmpfloat (fv_test_contrast (&style.muted, &style.background), >=, 4.5);
        g_assert_cmpfloat (fv_test_contrast (&style.selection, &style.background), >=, 4.5);
        g_assert_cmpfloat (fv_test_contrast (&style.on_accent, &style.accent), >=, 4.5);
        /* A value is also written on a bar of the second population. */
        g_assert_cmpfloat (fv_test_contrast (&style.on_accent, &style.span), >=, 4.5);
        g_assert_cmpfloat (fv_test_contrast (&style.accent, &style.background), >=, 3.0);
        g_assert_cmpfloat (fv_test_contrast (&style.span, &style.background), >=, 3.0);
        if (high)
          {
            g_assert_true (memcmp (&style.muted, &style.text, sizeof style.text) == 0);
            g_assert_cmpfloat (fv_test_contrast (&style.text, &style.background), >=, 19);
            g_assert_cmpfloat (style.line_scale, >=, 2);
          }
      }
}

/* A label that a search dims is still text to read: its darkest pixel is
 * at 4.5:1 or more against the white, not the faded grey it was
 * (#CECED0, 1.5:1). */
static void
test_dimmed_labels_readable (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "policy-timeline");
  g_autoptr(GHashTable) matches = g_hash_table_new (g_str_hash, g_str_equal);
  FvChartState state = { .languages = english, .matches = matches };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 675);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) marks = NULL;
  FvChartStyle style;
  FvColor white = { 1, 1, 1, 1 };
  guint labels = 0;

  g_hash_table_add (matches, (gpointer) "ev-executive-order");
  fv_chart_style_init (&style, FALSE);
  marks = fv_chart_draw_marks (cr, model, chart, 1200, 675, &style, &state);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint i = 0; i < marks->len; i++)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i);
      double darkest = 1;
      FvColor seen = white;

      /* The labels' marks: wider than a dot, taller than a period's bar
       * (12 pixels), of events not found. */
      if (mark->rect.width < 40 || mark->rect.height <= 12 ||
          g_str_equal (mark->id, "ev-executive-order"))
        continue;
      for (int y = mark->rect.y; y < mark->rect.y + mark->rect.height; y++)
        for (int x = mark->rect.x; x < mark->rect.x + mark->rect.width; x++)
          {
            FvColor c;

            pixel (surface, x, y, &c);
            if (c.red + c.green + c.blue < darkest * 3)
              {
                darkest = (c.red + c.green + c.blue) / 3;
                seen = c;
              }
          }
      g_assert_cmpfloat (fv_test_contrast (&seen, &white), >=, 4.5);
      labels++;
    }
  g_assert_cmpuint (labels, >=, 3);
  cairo_surface_destroy (surface);
}

/* No title disappears without a trace: thirty events in one month, on a
 * chart with room for a few rows, each either with its title or counted
 * in a "+N" mark near it; and the built-in timeline at the export's size
 * shows each title whole. */
static void
test_no_label_dropped (void)
{
  GString *text = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
                                " \"tabs\": {\"timeline\": {\"title\": \"a\"}},"
                                " \"sources\": [{\"id\": \"s\", \"kind\": \"other\","
                                " \"title\": \"S\"}], \"events\": [");
  g_autoptr(FvModel) model = NULL;
  g_autoptr(FvModel) builtin_model = builtin ();
  g_autoptr(GArray) marks = NULL;
  g_autoptr(GHashTable) shared = g_hash_table_new (NULL, NULL);
  guint counted = 0;

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"2020-05-%02u\","
                            " \"title\": \"Something that happened on day %u of May\","
                            " \"references\": [{\"source\": \"s\"}]}", i ? ", " : "", i,
                            i + 1, i + 1);
  g_string_append (text, "], \"charts\": [{\"id\": \"c\", \"type\": \"timeline\","
                   " \"tab\": \"timeline\", \"title\": \"T\"}]}");
  model = load_text (text->str);
  g_string_free (text, TRUE);

  marks = draw_marks (model, fv_model_lookup_chart (model, "c"), 900, 260);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      gboolean has_text = FALSE;

      for (guint m = 0; m < marks->len; m++)
        {
          const FvChartMark *mark = &g_array_index (marks, FvChartMark, m);

          /* A text's mark: taller than a dot's (16) or a period's. */
          if (g_str_equal (mark->id, id) && mark->rect.height > 12 && mark->rect.width != 16)
            {
              has_text = TRUE;
              /* Several ids on one rectangle: a "+N". */
              for (guint o = 0; o < marks->len; o++)
                {
                  const FvChartMark *other = &g_array_index (marks, FvChartMark, o);

                  if (o != m && !g_str_equal (other->id, id) &&
                      memcmp (&other->rect, &mark->rect, sizeof mark->rect) == 0)
                    g_hash_table_add (shared, (gpointer) mark);
                }
            }
        }
      g_assert_true (has_text);
    }
  counted = g_hash_table_size (shared);
  g_assert_cmpuint (counted, >, 0);

  /* The built-in timeline at 1200 × 675: every title whole. */
  {
    const FvChart *chart = fv_model_lookup_chart (builtin_model, "policy-timeline");
    g_autoptr(GArray) builtin_marks = draw_marks (builtin_model, chart, 1200, 675);

    for (guint l = 0; l < chart->n_lanes; l++)
      for (guint i = 0; i < chart->lanes[l].n_events; i++)
        {
          const FvEvent *event = chart->lanes[l].events[i];
          gboolean whole = FALSE;

          for (guint m = 0; m < builtin_marks->len; m++)
            {
              const FvChartMark *mark = &g_array_index (builtin_marks, FvChartMark, m);

              if (g_str_equal (mark->id, event->id) && mark->rect.height > 12 &&
                  mark->rect.width > 200)
                whole = TRUE;
            }
          g_assert_true (whole);
        }
  }
}

/* The charts layer draws any time window of a timeline: from November
 * 2016 to the end of January 2017, the 1996 law is not there, and the
 * events of those months stand apart, not in a heap at the right edge. */
static void
test_time_window (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "policy-timeline");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  FvChartState state = { .languages = english };
  g_autoptr(GArray) whole = NULL;
  g_autoptr(GArray) part = NULL;
  FvChartStyle style;
  FvChartRect lost, order, mayor;
  double first_day, day_after;

  fv_chart_style_init (&style, FALSE);
  whole = fv_chart_draw_marks (cr, model, chart, 1200, 675, &style, &state);
  state.from_day = fv_day_number (2016, 11, 1);
  state.to_day = fv_day_number (2017, 2, 1);
  part = fv_chart_draw_marks (cr, model, chart, 1200, 675, &style, &state);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_true (fv_chart_marks_get_rect (whole, "ev-287g-authority", &lost));
  g_assert_false (fv_chart_marks_get_rect (part, "ev-287g-authority", &lost));
  g_assert_true (fv_chart_marks_get_rect (part, "ev-arpaio-loses", &lost));
  g_assert_true (fv_chart_marks_get_rect (part, "ev-executive-order", &order));
  g_assert_true (fv_chart_marks_get_rect (whole, "ev-executive-order", &mayor));
  /* Three months on 1,100 pixels: November 8 and January 25 far apart. */
  g_assert_cmpfloat (order.x - lost.x, >, 600);

  g_assert_true (fv_chart_get_time_span (model, chart, &first_day, &day_after));
  g_assert_cmpfloat (first_day, ==, fv_day_number (1996, 9, 30));
  g_assert_false (fv_chart_get_time_span (model, fv_model_lookup_chart (model, "trust-survey"),
                                          &first_day, &day_after));
}

/* ---- The time axis: pure arithmetic ----------------------------------- */

/* A linear axis: a day and its pixel, each way; a zoom keeps the day
 * under the pointer where it was and shows FACTOR of the time; a window
 * is kept over the events and never shorter than the least allowed. */
static void
test_axis_window_math (void)
{
  FvTimeAxis axis;
  double from, to, span;

  fv_time_axis_init_linear (&axis, 1000, 2000, 100, 1100);
  g_assert_false ((axis.n_segments > 1));
  g_assert_cmpfloat (fv_time_axis_px_per_day (&axis), ==, 1.0);
  g_assert_cmpfloat (fv_time_axis_x (&axis, 1500), ==, 600);
  g_assert_cmpfloat (fv_time_axis_day (&axis, 600), ==, 1500);
  /* Past the ends, the axis goes on. */
  g_assert_cmpfloat (fv_time_axis_x (&axis, 900), ==, 0);
  g_assert_cmpfloat (fv_time_axis_day (&axis, 1200), ==, 2100);

  /* In by 2 at a quarter of the width: day 1250 stays at a quarter. */
  fv_time_axis_zoom (&axis, 350, 0.5, &from, &to);
  g_assert_cmpfloat_with_epsilon (from, 1125, 1e-9);
  g_assert_cmpfloat_with_epsilon (to, 1625, 1e-9);
  /* Out again: where it was. */
  fv_time_axis_init_linear (&axis, from, to, 100, 1100);
  fv_time_axis_zoom (&axis, 350, 2, &from, &to);
  g_assert_cmpfloat_with_epsilon (from, 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (to, 2000, 1e-9);
  /* The pointer past the axis zooms about its end (day 1625 here). */
  fv_time_axis_zoom (&axis, 5000, 0.5, &from, &to);
  g_assert_cmpfloat_with_epsilon (to, 1625, 1e-9);
  g_assert_cmpfloat_with_epsilon (from, 1375, 1e-9);

  /* As long as the whole, or empty: the whole. */
  from = 900, to = 2100;
  g_assert_false (fv_time_window_clamp (&from, &to, 1000, 2000, 7));
  from = 1500, to = 1500;
  g_assert_false (fv_time_window_clamp (&from, &to, 1000, 2000, 7));
  /* Panned far past the end: half of it over the events still. */
  from = 5000, to = 5100;
  g_assert_true (fv_time_window_clamp (&from, &to, 1000, 2000, 7));
  g_assert_cmpfloat (from, ==, 1950);
  g_assert_cmpfloat (to, ==, 2050);
  from = -5000, to = -4900;
  g_assert_true (fv_time_window_clamp (&from, &to, 1000, 2000, 7));
  g_assert_cmpfloat (from, ==, 950);
  /* Never less than a week. */
  from = 1500, to = 1501;
  g_assert_true (fv_time_window_clamp (&from, &to, 1000, 2000, 7));
  span = to - from;
  g_assert_cmpfloat (span, ==, 7);
}

/* At every scale, from four days to three thousand years on 1,000
 * pixels: ticks at whole days, months or years of the step, in order,
 * far enough apart for their labels, and at least two of them. */
static void
test_axis_ticks (void)
{
  const double spans[] = { 4, 10, 30, 90, 200, 400, 1000, 3000, 8000, 20000, 60000, 150000,
                           400000, 1100000 };
  gboolean units[3] = { FALSE, FALSE, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      double from = fv_day_number (1000, 3, 17) + 0.5;
      FvTimeAxis axis;
      const FvTimeStep *step;
      g_autoptr(GArray) ticks = NULL;

      fv_time_axis_init_linear (&axis, from, from + spans[i], 0, 1000);
      step = fv_time_axis_step (&axis, 60);
      ticks = fv_time_axis_ticks (&axis, step);
      units[step->unit] = TRUE;

      g_assert_cmpuint (ticks->len, >=, 2);
      for (guint t = 0; t < ticks->len; t++)
        {
          const FvTimeTick *tick = &g_array_index (ticks, FvTimeTick, t);

          g_assert_cmpfloat (tick->day, >=, from);
          g_assert_cmpfloat (tick->day, <=, from + spans[i]);
          g_assert_cmpfloat (tick->day, ==, fv_day_number (tick->year, tick->month, tick->mday));
          switch (step->unit)
            {
            case FV_TIME_UNIT_YEAR:
              g_assert_cmpint (tick->month, ==, 1);
              g_assert_cmpint (tick->mday, ==, 1);
              g_assert_cmpint (tick->year % step->n, ==, 0);
              break;
            case FV_TIME_UNIT_MONTH:
              g_assert_cmpint (tick->mday, ==, 1);
              g_assert_cmpint ((tick->month - 1) % step->n, ==, 0);
              break;
            case FV_TIME_UNIT_DAY:
            default:
              break;
            }
          if (t > 0)
            {
              const FvTimeTick *before = &g_array_index (ticks, FvTimeTick, t - 1);
              double apart = fv_time_axis_x (&axis, tick->day) -
                             fv_time_axis_x (&axis, before->day);

              g_assert_cmpfloat (apart, >=, step->unit == FV_TIME_UNIT_DAY ? 70 : 55);
              g_assert_cmpfloat (apart, <, 1000);
            }
        }
    }
  /* Days, months and years all came up. */
  g_assert_true (units[FV_TIME_UNIT_DAY] && units[FV_TIME_UNIT_MONTH] && units[FV_TIME_UNIT_YEAR]);
}

/* Where a whole timeline's axis breaks: at a long empty stretch that
 * stands out, never at evenly spread ones, never when linear is asked
 * for; each segment at the same pixels a day, the break the width it
 * says, and every day and its pixel one another's. */
static void
test_axis_breaks (void)
{
  const FvTimeGap one_long[] = { { 1000, 5000 }, { 6000, 6400 } };
  const FvTimeGap even[] = { { 1000, 2000 }, { 2001, 3000 } };
  FvTimeAxis axis;
  double ppd;

  fv_time_axis_init_fit (&axis, 0, 7000, one_long, 2, FALSE, 0, 1000);
  g_assert_cmpuint (axis.n_segments, ==, 2);
  g_assert_cmpfloat (axis.segments[0].x0, ==, 0);
  g_assert_cmpfloat (axis.segments[1].x1, ==, 1000);
  g_assert_cmpfloat_with_epsilon (axis.segments[1].x0 - axis.segments[0].x1,
                                  FV_TIME_AXIS_BREAK_WIDTH, 1e-9);
  /* The margins kept beside the break hold the events beside it. */
  g_assert_cmpfloat (axis.segments[0].to_day, >, 1000);
  g_assert_cmpfloat (axis.segments[1].from_day, <, 5000);
  g_assert_true (fv_test_in_break (&axis, 3000));
  g_assert_false (fv_test_in_break (&axis, 999));
  g_assert_false (fv_test_in_break (&axis, 5001));
  ppd = fv_time_axis_px_per_day (&axis);
  g_assert_cmpfloat_with_epsilon ((axis.segments[1].x1 - axis.segments[1].x0) /
                                  (axis.segments[1].to_day - axis.segments[1].from_day), ppd, 1e-9);
  /* Far more pixels a day than the linear axis's 1000 / 7560. */
  g_assert_cmpfloat (ppd, >, 2 * 1000.0 / 7560);
  for (double day = -100; day < 7200; day += 37)
    {
      double x = fv_time_axis_x (&axis, day);

      g_assert_cmpfloat_with_epsilon (fv_time_axis_day (&axis, x), day, 1e-6);
      g_assert_cmpfloat (fv_time_axis_x (&axis, day + 1), >, x);
    }
  g_assert_cmpfloat_with_epsilon (fv_time_axis_days_shown (&axis),
                                  (axis.segments[0].to_day - axis.segments[0].from_day) +
                                  (axis.segments[1].to_day - axis.segments[1].from_day), 1e-9);

  /* Zoomed in from the broken axis: linear, about the day at the pointer,
   * a share of the time the segments show. */
  {
    double x = fv_time_axis_x (&axis, 6500), from, to;

    fv_time_axis_zoom (&axis, x, 0.5, &from, &to);
    g_assert_cmpfloat_with_epsilon (to - from, fv_time_axis_days_shown (&axis) / 2, 1e-6);
    g_assert_cmpfloat_with_epsilon ((6500 - from) / (to - from), x / 1000, 1e-9);
  }

  fv_time_axis_init_fit (&axis, 0, 7000, one_long, 2, TRUE, 0, 1000);
  g_assert_cmpuint (axis.n_segments, ==, 1);
  fv_time_axis_init_fit (&axis, 0, 3001, even, 2, FALSE, 0, 1000);
  g_assert_cmpuint (axis.n_segments, ==, 1);
  /* Too narrow a chart to spare a break's width. */
  fv_time_axis_init_fit (&axis, 0, 7000, one_long, 2, FALSE, 0, 60);
  g_assert_cmpuint (axis.n_segments, ==, 1);

  /* The built-in policy timeline: broken between the 1996 law and the
   * 2007 lawsuit, the only long stretch that stands out. */
  {
    g_autoptr(FvModel) model = builtin ();
    const FvChart *chart = fv_model_lookup_chart (model, "policy-timeline");
    FvChartState state = { .languages = english };
    FvChartStyle style;

    fv_chart_style_init (&style, FALSE);
    g_assert_true (fv_chart_get_time_axis (model, chart, 1200, 675, &style, &state, &axis));
    g_assert_cmpuint (axis.n_segments, ==, 2);
    g_assert_cmpfloat (axis.segments[0].to_day, <, fv_day_number (1998, 1, 1));
    g_assert_cmpfloat (axis.segments[1].from_day, >, fv_day_number (2006, 1, 1));
    for (guint l = 0; l < chart->n_lanes; l++)
      for (guint i = 0; i < chart->lanes[l].n_events; i++)
        g_assert_false (fv_test_in_break (&axis,
                                               fv_event_get_first_day (chart->lanes[l].events[i])));
    state.linear_axis = TRUE;
    g_assert_true (fv_chart_get_time_axis (model, chart, 1200, 675, &style, &state, &axis));
    g_assert_cmpuint (axis.n_segments, ==, 1);
    /* No axis for a bar chart. */
    g_assert_false (fv_chart_get_time_axis (model, fv_model_lookup_chart (model, "trust-survey"),
                                            1200, 675, &style, &state, &axis));
  }
}

/* Hit-testing after a zoom: the mark of an event is where the zoomed axis
 * puts its day, and a click there finds it. */
static void
test_hit_test_zoomed (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "policy-timeline");
  FvChartState state = { .languages = english };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  const FvEvent *event = fv_model_lookup_event (model, "ev-arpaio-loses");
  g_autoptr(GArray) marks = NULL;
  FvChartStyle style;
  FvTimeAxis axis;
  FvChartRect rect;
  double x;

  fv_chart_style_init (&style, FALSE);
  state.from_day = fv_day_number (2016, 10, 1);
  state.to_day = fv_day_number (2017, 3, 1);
  marks = fv_chart_draw_marks (cr, model, chart, 1200, 675, &style, &state);
  g_assert_true (fv_chart_get_time_axis (model, chart, 1200, 675, &style, &state, &axis));
  g_assert_cmpfloat (axis.segments[0].from_day, ==, state.from_day);

  x = fv_time_axis_x (&axis, fv_event_get_first_day (event));
  g_assert_true (fv_chart_marks_get_rect (marks, event->id, &rect));
  /* The dot's mark is centred on the day's x; the label starts beside it. */
  g_assert_cmpfloat (rect.x, <=, x);
  g_assert_cmpfloat (rect.x + rect.width, >=, x);
  for (guint i = 0; i < marks->len; i++)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i);

      if (g_str_equal (mark->id, event->id) && mark->rect.width == mark->rect.height)
        {
          g_assert_cmpfloat_with_epsilon (mark->rect.x + mark->rect.width / 2, x, 0.01);
          g_assert_cmpstr (fv_chart_marks_hit_test (marks, x, mark->rect.y + mark->rect.height / 2),
                           ==, event->id);
        }
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Both built-in timelines, at the export's default size and at the
 * window's default: every title whole (as wide as on a chart wide enough for
 * anything) and no two overlapping; no cluster mark. */
static void
test_labels_whole (void)
{
  g_autoptr(FvModel) model = builtin ();
  const char *charts[] = { "policy-timeline", "maricopa-timeline" };
  /* The export's, and each chart's in a window of 1280 × 800. */
  const double sizes[][2][2] = { { { 1200, 675 }, { 1268, 318 } },
                                 { { 1200, 675 }, { 1268, 356 } } };

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes[c]); z++)
      {
        const FvChart *chart = fv_model_lookup_chart (model, charts[c]);
        g_autoptr(GArray) marks = draw_marks (model, chart, sizes[c][z][0], sizes[c][z][1]);
        g_autoptr(GArray) wide = draw_marks (model, chart, 6000, 2000);
        g_autoptr(GPtrArray) labels = g_ptr_array_new ();

        for (guint m = 0; m < marks->len; m++)
          {
            const FvChartMark *mark = &g_array_index (marks, FvChartMark, m);

            g_assert_false (mark->cluster);
            /* A title's mark: taller than a period's bar, wider than a dot. */
            if (mark->rect.height > 12 && mark->rect.width > 16)
              g_ptr_array_add (labels, (gpointer) mark);
          }
        for (guint l = 0; l < chart->n_lanes; l++)
          for (guint i = 0; i < chart->lanes[l].n_events; i++)
            {
              const char *id = chart->lanes[l].events[i]->id;
              double width = 0, whole = 0;

              for (guint m = 0; m < labels->len; m++)
                if (g_str_equal (((FvChartMark *) labels->pdata[m])->id, id))
                  width = ((FvChartMark *) labels->pdata[m])->rect.width;
              for (guint m = 0; m < wide->len; m++)
                {
                  const FvChartMark *mark = &g_array_index (wide, FvChartMark, m);

                  if (g_str_equal (mark->id, id) && mark->rect.height > 12 && mark->rect.width > 16)
                    whole = mark->rect.width;
                }
              g_assert_cmpfloat (whole, >, 0);
              g_assert_cmpfloat (width, ==, whole);
            }
        for (guint a = 0; a < labels->len; a++)
          for (guint b = a + 1; b < labels->len; b++)
            {
              const FvChartRect *ra = &((FvChartMark *) labels->pdata[a])->rect;
              const FvChartRect *rb = &((FvChartMark *) labels->pdata[b])->rect;

              g_assert_false (ra->x < rb->x + rb->width && rb->x < ra->x + ra->width &&
                              ra->y < rb->y + rb->height && rb->y < ra->y + ra->height);
            }
      }
}

/* A second story whose texts are long: the source lines, the title and
 * the subtitle each run past a line at 1200 pixels, and its events crowd
 * one summer. */
static FvModel *
long_story (void)
{
  GString *events = g_string_new (NULL);

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (events,
                            "%s{\"id\": \"ev-%u\", \"date\": \"2015-%02u-%02u\","
                            " \"title\": \"Residents of the city report discoloured, foul water"
                            " at the tap, and officials say it is safe (%u)\","
                            " \"references\": [{\"source\": \"%s\"}]}",
                            i > 0 ? ", " : "", i, 6 + i / 4, 1 + (i % 4) * 7, i,
                            i % 2 ? "report" : "records");

  g_autofree char *text = g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\","
    " \"title\": \"The water of a city in Michigan\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": {\"title\": \"b\"}},"
    " \"sources\": ["
    "  {\"id\": \"report\", \"kind\": \"report\", \"title\": \"Final report of the governor's"
    " task force on the city's water, with its appendices on the switch of the water source,"
    " the treatment of the river's water, and the testing of the lead in the homes\"},"
    "  {\"id\": \"records\", \"kind\": \"public-record\", \"title\": \"Emails of the state's"
    " department of environmental quality released under the freedom of information act,"
    " volumes one to twelve\"}],"
    " \"events\": [%s],"
    " \"charts\": ["
    "  {\"id\": \"summer\", \"type\": \"timeline\", \"tab\": \"timeline\","
    "   \"title\": \"Eighteen months of complaints about the water, before the state admitted"
    " that its lead was a danger to the children of the city\","
    "   \"subtitle\": \"What residents, doctors and researchers reported, and what the city and"
    " the state answered, from the switch of the water source to the admission\"},"
    "  {\"id\": \"told\", \"type\": \"timeline\", \"tab\": \"case\", \"title\": \"What they were told\","
    "   \"source_line\": \"the task force's final report and its appendices; the emails of the"
    " state's department of environmental quality; court filings; the city council's minutes\"}]}",
    events->str);

  g_string_free (events, TRUE);
  return load_text (text);
}

/* Each word of TEXT is in WORDS (what a PDF shows, as pdftotext reads it,
 * its lines joined). */
static void
assert_words_in (const char *text,
                 const char *shown)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  g_autofree char *flat = g_strdelimit (g_strdup (shown), "\n\f", ' ');

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        if (strstr (flat, words[i]) == NULL)
          g_error ("“%s” of “%s” is not drawn; the PDF shows: %s", words[i], text, shown);
      }
}

/* What a PDF replaces its shown glyphs with for a reader (/ActualText),
 * read from its streams as qpdf uncompresses them: cairo keeps there the
 * words of a line Pango cut with "…", which pdftotext then prints as if
 * they were drawn. Only the space where a line wraps, or the letters of a
 * ligature ("fi"), may be there. */
static void
assert_nothing_replaced (const char *pdf)
{
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *plain = g_strconcat (pdf, ".qdf", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  const char *at;
  int status;

  if (qpdf == NULL)
    return;
  {
    const char *argv[] = { qpdf, "--qdf", "--object-streams=disable", pdf, plain, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL |
                                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                                 &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_get_contents (plain, &data, NULL, NULL));
  g_unlink (plain);
  for (at = strstr (data, "/ActualText <"); at != NULL; at = strstr (at + 1, "/ActualText <"))
    {
      const char *hex = at + strlen ("/ActualText <");
      GString *text = g_string_new (NULL);
      guint letters = 0;

      /* UTF-16BE after its byte order mark: these are short, BMP only. */
      for (const char *h = hex + 4; g_ascii_isxdigit (h[0]) && g_ascii_isxdigit (h[1]) &&
                                    g_ascii_isxdigit (h[2]) && g_ascii_isxdigit (h[3]); h += 4)
        {
          gunichar c = g_ascii_xdigit_value (h[0]) << 12 | g_ascii_xdigit_value (h[1]) << 8 |
                       g_ascii_xdigit_value (h[2]) << 4 | g_ascii_xdigit_value (h[3]);

          g_string_append_unichar (text, c);
          letters += g_unichar_isalpha (c);
        }
      if (!(g_strstrip (text->str)[0] == '\0' ||
            (letters <= 3 && letters == g_utf8_strlen (text->str, -1))))
        g_error ("The PDF shows glyphs in place of “%s”: a cut", text->str);
      g_string_free (text, TRUE);
    }
}

/* Wrap, never cut: exported at 1200 and 400 pixels wide as PDF and SVG,
 * the second story's charts draw every word of their titles and source
 * lines, and no "…" (read from the PDF's text, once the PDF is seen to
 * replace no glyphs it shows with words it does not: a drawing that cut
 * a line would show only the cut words' glyphs, kept whole in
 * /ActualText alone, which pdftotext prints). The
 * source line wraps at 400: it takes more rows of pixels than at 1200. */
static void
test_never_cut (void)
{
  g_autoptr(FvModel) model = long_story ();
  const char *charts[] = { "summer", "told" };
  const int widths[] = { 1200, 400 };
  g_autofree char *dir = g_dir_make_tmp ("fv-cut-XXXXXX", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  FvChartStyle style;

  fv_chart_style_init (&style, FALSE);
  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    for (guint k = 0; k < G_N_ELEMENTS (widths); k++)
      {
        const FvChart *chart = fv_model_lookup_chart (model, charts[c]);
        g_autofree char *source_line = fv_chart_get_source_line (model, chart, english);
        g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
        g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
        g_autoptr(GError) error = NULL;

        g_test_message ("%s at %d", charts[c], widths[k]);
        g_assert_true (fv_chart_export (model, chart, FV_CHART_FORMAT_PDF, widths[k], 675, 1,
                                        &style, english, NULL, pdf, &error));
        g_assert_no_error (error);
        g_assert_true (fv_chart_export (model, chart, FV_CHART_FORMAT_SVG, widths[k], 675, 1,
                                        &style, english, NULL, svg, &error));
        g_assert_no_error (error);

        if (pdftotext != NULL)
          {
            const char *argv[] = { pdftotext, pdf, "-", NULL };
            g_autofree char *out = NULL;
            int status;

            g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                         NULL, NULL, &out, NULL, &status, &error));
            g_assert_no_error (error);
            g_assert_null (strstr (out, "…"));
            /* pdftotext's words are those drawn: no replacement text. */
            assert_nothing_replaced (pdf);
            assert_words_in (source_line, out);
            assert_words_in (fv_model_text (model, &chart->title, english), out);
            if (chart->subtitle.original != NULL)
              assert_words_in (fv_model_text (model, &chart->subtitle, english), out);
          }
        g_unlink (pdf);
        g_unlink (svg);
      }
  g_rmdir (dir);

  /* Drawn, not only written: at 400 the source line's ink, below the
   * legend, spans rows of two lines or more. */
  {
    const FvChart *chart = fv_model_lookup_chart (model, "told");
    FvChartState state = { .languages = english };
    cairo_surface_t *wide = render (model, chart, 1200, 675, &state);
    cairo_surface_t *narrow = render (model, chart, 400, 675, &state);
    FvChartStyle light;
    int rows[2] = { 0, 0 };
    cairo_surface_t *surfaces[2] = { wide, narrow };

    fv_chart_style_init (&light, FALSE);
    for (guint k = 0; k < 2; k++)
      {
        int width = cairo_image_surface_get_width (surfaces[k]);

        /* Up from the bottom padding to the first blank band of 8 rows. */
        for (int y = 675 - 17, blank = 0; y > 0 && blank < 8; y--)
          {
            gboolean ink = FALSE;

            for (int x = 0; x < width && !ink; x++)
              ink = !is_color (surfaces[k], x, y, &light.background);
            blank = ink ? 0 : blank + 1;
            rows[k] += ink;
          }
        cairo_surface_destroy (surfaces[k]);
      }
    g_test_message ("the source line's rows: %d at 1200, %d at 400", rows[0], rows[1]);
    g_assert_cmpint (rows[1], >=, 2 * rows[0]);
  }
}

/* No chart text is cut with "…": src/charts asks Pango for no ellipsis. */
static void
test_no_ellipsis_asked (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "src", "charts", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;

      if (!g_str_has_suffix (name, ".c"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      if (strstr (text, "PANGO_ELLIPSIZE_") != NULL)
        g_error ("%s asks Pango to cut a text", name);
      n++;
    }
  g_assert_cmpuint (n, >, 10);
}

/* A dense period at 400 pixels: titles with no room are left out whole,
 * counted in cluster marks, and the chart says how many, in the image
 * (the PDF's text) and to its caller; at 1200 none is left out. */
static void
test_left_out (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "maricopa-timeline");
  FvChartState state = { .languages = english };
  g_autoptr(GArray) marks = draw_marks (model, chart, 400, 300);
  g_autoptr(GHashTable) clustered = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *dir = g_dir_make_tmp ("fv-left-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  FvChartStyle style;
  guint n;

  fv_chart_style_init (&style, FALSE);
  g_assert_cmpuint (fv_chart_get_left_out (model, chart, 1200, 675, &style, &state), ==, 0);
  n = fv_chart_get_left_out (model, chart, 400, 300, &style, &state);
  for (guint m = 0; m < marks->len; m++)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, m);

      if (mark->cluster)
        g_hash_table_add (clustered, (gpointer) mark->id);
    }
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, ==, g_hash_table_size (clustered));

  /* The note says where the labels are: nowhere else in an image on its
   * own, in the window's table, in the facts the fact sheet lists after
   * the chart. */
  for (FvChartLeftOut where = FV_CHART_LEFT_OUT_NO_ROOM; where <= FV_CHART_LEFT_OUT_LISTED_BELOW;
       where++)
    {
      static const char *notes[] = {
        [FV_CHART_LEFT_OUT_NO_ROOM] = "%u labels left out for lack of room",
        [FV_CHART_LEFT_OUT_IN_TABLE] = "%u labels left out: see the table",
        [FV_CHART_LEFT_OUT_LISTED_BELOW] = "%u labels left out: the facts are listed below",
      };

      style.left_out = where;
      g_assert_true (fv_chart_export (model, chart, FV_CHART_FORMAT_PDF, 400, 300, 1, &style,
                                      english, NULL, pdf, &error));
      g_assert_no_error (error);
      if (pdftotext != NULL)
        {
          const char *argv[] = { pdftotext, pdf, "-", NULL };
          g_autofree char *out = NULL;
          g_autofree char *note = g_strdup_printf (notes[where], n);
          int status;

          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                       NULL, NULL, &out, NULL, &status, &error));
          g_assert_no_error (error);
          g_assert_nonnull (strstr (out, note));
        }
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

/* A cluster mark ("3 events") carries the days of the events it counts:
 * the time a view zooms to when it is clicked. */
static void
test_cluster_days (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "policy-timeline");
  g_autoptr(GArray) marks = draw_marks (model, chart, 700, 200);
  g_autoptr(GPtrArray) ids = NULL;
  const FvChartMark *cluster = NULL;

  for (guint m = 0; m < marks->len && cluster == NULL; m++)
    if (g_array_index (marks, FvChartMark, m).cluster)
      cluster = &g_array_index (marks, FvChartMark, m);
  g_assert_nonnull (cluster);

  ids = fv_test_cluster_ids (marks, cluster->rect.x + 1, cluster->rect.y + 1);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, >=, 1);
  g_assert_cmpfloat (cluster->to_day, >, cluster->from_day);
  for (guint i = 0; i < ids->len; i++)
    {
      const FvEvent *event = fv_model_lookup_event (model, ids->pdata[i]);

      g_assert_cmpfloat (fv_event_get_first_day (event), >=, cluster->from_day);
      g_assert_cmpfloat (fv_date_day_after (&event->date), <=, cluster->to_day);
    }
  /* A dot is no cluster. */
  g_assert_null (fv_test_cluster_ids (marks, -10, -10));
}

static const char *three_events =
  "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
  " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": {\"title\": \"b\"},"
  "            \"statements\": {\"title\": \"c\"}},"
  " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
  " \"events\": ["
  "  {\"id\": \"e2010\", \"date\": \"2010-01-01\", \"title\": \"<b>Last</b> & co\","
  "   \"references\": [{\"source\": \"s\"}]},"
  "  {\"id\": \"e2000\", \"date\": \"2000-01-01\", \"title\": \"First\","
  "   \"references\": [{\"source\": \"s\"}]},"
  "  {\"id\": \"e2005\", \"date\": \"2005-01-01\", \"title\": \"Middle\","
  "   \"references\": [{\"source\": \"s\"}]}],"
  " \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", \"tab\": \"timeline\", \"title\": \"T\"}]}";

static FvModel *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  FvModel *model = fv_model_new_from_bytes (bytes, "test", NULL, &error);

  g_assert_no_error (error);
  return model;
}

/* The centres of the runs of accent colour along row Y: the dots. */
static guint
find_dots (cairo_surface_t *surface,
           int              y,
           double          *centers,
           guint            max)
{
  int width = cairo_image_surface_get_width (surface);
  FvChartStyle style;
  guint n = 0;

  fv_chart_style_init (&style, FALSE);
  for (int x = 0; x < width; x++)
    {
      int start = x;

      if (!is_color (surface, x, y, &style.accent))
        continue;
      while (x < width && is_color (surface, x, y, &style.accent))
        x++;
      if (n < max)
        centers[n] = (start + x - 1) / 2.0;
      n++;
    }

  return n;
}

static int
baseline (FvModel       *model,
          const FvChart *chart)
{
  FvChartStyle style;
  FvChartRect rect;

  /* A day's dot is the lowest piece of its mark, 16 pixels high. */
  fv_chart_style_init (&style, FALSE);
  g_assert_true (get_mark_rect (model, chart, 900, 400, "e2000", &rect));
  return (int) (rect.y + rect.height - 8);
}

/* Dots stand at the x of their dates: 2005 about halfway between 2000 and
 * 2010, with nothing of the accent colour between them on that line. */
static void
test_timeline_positions (void)
{
  g_autoptr(FvModel) model = load_text (three_events);
  const FvChart *chart = fv_model_lookup_chart (model, "c");
  cairo_surface_t *surface = render (model, chart, 900, 400, NULL);
  double dots[3];
  double days_0_5 = 1827, days_0_10 = 3653;

  g_assert_cmpuint (find_dots (surface, baseline (model, chart), dots, 3), ==, 3);
  g_assert_cmpfloat_with_epsilon ((dots[1] - dots[0]) / (dots[2] - dots[0]),
                                  days_0_5 / days_0_10, 0.01);
  /* Ten years take most of a 900-pixel chart. */
  g_assert_cmpfloat (dots[2] - dots[0], >, 600);

  cairo_surface_destroy (surface);
}

static void
test_hit_test (void)
{
  g_autoptr(FvModel) model = load_text (three_events);
  const FvChart *chart = fv_model_lookup_chart (model, "c");
  cairo_surface_t *surface = render (model, chart, 900, 400, NULL);
  int y = baseline (model, chart);
  const char *ids[] = { "e2000", "e2005", "e2010" };
  FvChartStyle style;
  double dots[3];

  fv_chart_style_init (&style, FALSE);
  g_assert_cmpuint (find_dots (surface, y, dots, 3), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (hit_test (model, chart, 900, 400, dots[i], y), ==, ids[i]);
  /* The title is no mark. */
  g_assert_null (hit_test (model, chart, 900, 400, 20, 20));
  cairo_surface_destroy (surface);

  {
    g_autoptr(FvModel) survey_model = builtin ();
    const FvChart *survey = fv_model_lookup_chart (survey_model, "trust-survey");
    FvChartRect rect;

    g_assert_true (get_mark_rect (survey_model, survey, 800, 500,
                                           "fig-undocumented-less-likely", &rect));
    g_assert_cmpstr (hit_test (survey_model, survey, 800, 500,
                                        rect.x + 5, rect.y + rect.height / 2), ==,
                     "fig-undocumented-less-likely");
  }
}

/* The selected mark gets the selection colour's ring. */
static void
test_selection (void)
{
  g_autoptr(FvModel) model = load_text (three_events);
  const FvChart *chart = fv_model_lookup_chart (model, "c");
  FvChartState state = { .selected_id = "e2005" };
  cairo_surface_t *plain = render (model, chart, 900, 400, NULL);
  cairo_surface_t *surface = render (model, chart, 900, 400, &state);
  int y = baseline (model, chart);
  FvChartStyle style;
  double dots[3];
  gboolean ring = FALSE, ring_before = FALSE;

  fv_chart_style_init (&style, FALSE);
  g_assert_cmpuint (find_dots (plain, y, dots, 3), ==, 3);
  for (int dx = 6; dx <= 11; dx++)
    {
      ring |= is_color (surface, (int) dots[1] + dx, y, &style.selection);
      ring_before |= is_color (plain, (int) dots[1] + dx, y, &style.selection);
    }
  g_assert_true (ring);
  g_assert_false (ring_before);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (surface);
}

static void
test_descriptions (void)
{
  g_autoptr(FvModel) model = builtin ();
  g_autofree char *survey = fv_chart_describe (model, fv_model_lookup_chart (model, "trust-survey"),
                                                 english);
  g_autofree char *timeline = fv_chart_describe (model,
                                                   fv_model_lookup_chart (model, "policy-timeline"),
                                                   english);
  g_autofree char *source = fv_chart_get_source_line (model,
                                                        fv_model_lookup_chart (model, "trust-survey"),
                                                        english);

  /* Written from the data: both percentages and what they measure. */
  g_assert_nonnull (strstr (survey, "All Latinos: 44%"));
  g_assert_nonnull (strstr (survey, "Undocumented Latino immigrants: 70%"));
  g_assert_nonnull (strstr (survey, "for fear of being deported"));
  g_assert_true (g_str_has_prefix (timeline, "Timeline of 8 events."));
  g_assert_nonnull (strstr (timeline, "Executive order on local police"));
  /* The break in its axis is said, not only drawn. */
  g_assert_nonnull (strstr (timeline, " Its time axis leaves out 1997 to 2007, when nothing "
                                      "happens."));
  g_assert_true (g_str_has_prefix (source, "Source: Nik Theodore"));
}

/* 100,000 events on one chart: drawn by pixel column, not one by one. */
static void
test_many_events (void)
{
  GString *text = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
                                " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": {\"title\": "
                                "\"b\"}, \"statements\": {\"title\": \"c\"}},"
                                " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": "
                                "\"S\"}], \"events\": [");
  g_autoptr(FvModel) model = NULL;
  cairo_surface_t *surface;
  FvChartStyle style;
  guint accent = 0;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"%04u-%02u-%02u\", "
                            "\"title\": \"Event %u\", \"references\": [{\"source\": \"s\"}]}",
                            i ? "," : "", i, 1900 + (i * 7) % 120, 1 + (i / 120) % 12,
                            1 + (i / 1440) % 28, i);
  g_string_append (text, "], \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", "
                   "\"tab\": \"timeline\", \"title\": \"T\"}]}");
  model = load_text (text->str);
  g_string_free (text, TRUE);

  g_assert_cmpuint (fv_model_get_n_events (model), ==, 100000);
  surface = render (model, fv_model_lookup_chart (model, "c"), 1600, 900, NULL);
  fv_chart_style_init (&style, FALSE);

  for (int x = 0; x < 1600; x++)
    {
      gboolean found = FALSE;

      for (int y = 100; y < 880 && !found; y++)
        found = is_color (surface, x, y, &style.accent);
      accent += found;
    }
  /* 120 years of events across the width: most columns have some. */
  g_assert_cmpuint (accent, >, 1000);

  cairo_surface_destroy (surface);
}

static FvModel *
hostile_model (guint n_events_same_day)
{
  GString *text = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
                                " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": {\"title\": "
                                "\"b\"}, \"statements\": {\"title\": \"c\"}},"
                                " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": "
                                "\"S\"}], \"events\": [");
  FvModel *model;

  /* A title as long as a model may have (FV_MODEL_MAX_TITLE); control
   * characters; a right-to-left mark (an override is refused in a title);
   * markup. */
  g_string_append (text, "{\"id\": \"long\", \"date\": \"2000\", \"title\": \"");
  for (guint i = 0; i < FV_MODEL_MAX_TITLE / 10; i++)
    g_string_append (text, "0123456789");
  g_string_append (text, "\", \"references\": [{\"source\": \"s\"}]}, {\"id\": \"odd\", "
                   "\"date\": \"2001\", \"title\": \"\\u0007bell \\u200fevil\\u200e "
                   "<b>&amp;</b>\\t\\r\", \"references\": [{\"source\": \"s\"}]}");
  for (guint i = 0; i < n_events_same_day; i++)
    g_string_append_printf (text, ", {\"id\": \"d%u\", \"date\": \"2017-01-25\", "
                            "\"title\": \"Same day %u\", \"references\": [{\"source\": \"s\"}]}",
                            i, i);
  g_string_append (text, "], \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", "
                   "\"tab\": \"timeline\", \"title\": \"T\"}]}");

  model = load_text (text->str);
  g_string_free (text, TRUE);
  return model;
}

/* Text that no one means to show still draws, cut to the chart's width,
 * and 100,000 events of one day draw as one column. */
static void
test_hostile_text (void)
{
  g_autoptr(FvModel) model = hostile_model (100000);
  const FvChart *chart = fv_model_lookup_chart (model, "c");
  cairo_surface_t *surface = render (model, chart, 1600, 900, NULL);
  FvChartStyle style;
  FvChartRect rect;

  fv_chart_style_init (&style, FALSE);
  g_assert_cmpuint (fv_model_get_n_events (model), ==, 100002);
  g_assert_cmpuint (strlen (fv_model_lookup_event (model, "long")->title.original), ==,
                    FV_MODEL_MAX_TITLE);

  /* The longest title is ellipsized within the chart. */
  g_assert_true (get_mark_rect (model, chart, 1600, 900, "long", &rect));
  g_assert_cmpfloat (rect.x + rect.width, <=, 1600);
  g_assert_nonnull (hit_test (model, chart, 1600, 900,
                                       rect.x + rect.width / 2, rect.y + rect.height / 2));

  cairo_surface_destroy (surface);
}

/* What a chart's drawing keeps instead of visiting every event: each
 * lane's days and span, and the sources cited, each once. */
static void
test_chart_data (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();

  for (guint c = 0; c < fv_model_get_n_charts (model); c++)
    {
      const FvChart *chart = fv_model_get_chart (model, c);
      const FvChartData *data = fv_chart_data_get (model, chart);

      /* Made once, kept with the model. */
      g_assert_true (fv_chart_data_get (model, chart) == data);

      for (guint i = 0; i < data->n_sources; i++)
        for (guint j = 0; j < i; j++)
          g_assert_true (data->sources[i] != data->sources[j]);

      for (guint l = 0; l < chart->n_lanes; l++)
        {
          const FvChartLane *lane = &chart->lanes[l];
          const FvLaneData *days = &data->lanes[l];

          g_assert_cmpuint (lane->n_events, >, 0);
          for (guint i = 0; i < lane->n_events; i++)
            {
              const FvEvent *event = lane->events[i];
              const FvDate *last = event->end.precision ? &event->end : &event->date;

              g_assert_cmpint (days->first_days[i], ==, fv_event_get_first_day (event));
              g_assert_cmpint (days->first_day, <=, days->first_days[i]);
              g_assert_cmpint (days->day_after, >=, fv_date_day_after (last));
              /* Every source an event cites is among the chart's. */
              for (guint r = 0; r < event->references.n_items; r++)
                {
                  gboolean found = FALSE;

                  for (guint k = 0; k < data->n_sources; k++)
                    found |= data->sources[k] == event->references.items[r].source;
                  g_assert_true (found);
                }
            }
          g_assert_cmpint (days->first_day, ==, days->first_days[0]);
        }
    }
}

/* A thousand lanes: as many are drawn as the height holds, the others are
 * counted, and a drawing does no work for them. */
static void
test_many_lanes (void)
{
  GString *text = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
                                " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": {\"title\": \"b\"},"
                                " \"statements\": {\"title\": \"c\"}}, \"sources\": [{\"id\": \"s\","
                                " \"kind\": \"other\", \"title\": \"S\"}], \"events\": [");
  g_autoptr(FvModel) model = NULL;
  g_autoptr(GArray) marks = NULL;
  const guint n_lanes = 1000;
  FvChartRect rect;

  for (guint i = 0; i < n_lanes; i++)
    g_string_append_printf (text, "%s{\"id\": \"e%u\", \"date\": \"%u\", \"title\": \"E%u\","
                            " \"references\": [{\"source\": \"s\"}]}", i ? ", " : "", i,
                            1000 + i, i);
  g_string_append (text, "], \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", \"tab\":"
                   " \"timeline\", \"title\": \"T\", \"data\": {\"lanes\": [");
  for (guint i = 0; i < n_lanes; i++)
    g_string_append_printf (text, "%s{\"label\": \"Lane %u\", \"events\": [\"e%u\"]}",
                            i ? ", " : "", i, i);
  g_string_append (text, "]}}]}");
  model = load_text (text->str);
  g_string_free (text, TRUE);

  marks = draw_marks (model, fv_model_lookup_chart (model, "c"), 900, 400);
  g_assert_true (fv_chart_marks_get_rect (marks, "e0", &rect));
  g_assert_false (fv_chart_marks_get_rect (marks, "e999", &rect));
  /* A lane is at least 28 pixels high: at 400 pixels, a handful. */
  g_assert_cmpuint (marks->len, <, 400 / 28 * 3);
}

/* The extremes a model may hold draw as what they are: a period in the
 * last month of year 9999 is a mark, and the largest amount a bar, with no
 * "inf" or "nan" in anything the chart writes. */
static void
test_extremes (void)
{
  g_autoptr(FvModel) model = load_text (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": {\"title\": \"b\"},"
    "            \"statements\": {\"title\": \"c\"}},"
    " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
    " \"events\": [{\"id\": \"end\", \"date\": \"9999-12\", \"title\": \"The end\","
    "              \"references\": [{\"source\": \"s\"}]}],"
    " \"figures\": [{\"id\": \"f\", \"label\": \"Most\", \"value\": 1e15, \"unit\": \"USD\","
    "               \"references\": [{\"source\": \"s\"}]},"
    "              {\"id\": \"g\", \"label\": \"Least\", \"value\": 0, \"unit\": \"USD\","
    "               \"references\": [{\"source\": \"s\"}]}],"
    " \"charts\": [{\"id\": \"t\", \"type\": \"timeline\", \"tab\": \"timeline\", \"title\": \"T\"},"
    "            {\"id\": \"b\", \"type\": \"bar\", \"tab\": \"statements\", \"title\": \"B\","
    "             \"data\": {\"figures\": [\"f\", \"g\"]}}]}");
  const FvChart *timeline = fv_model_lookup_chart (model, "t");
  const FvChart *bars = fv_model_lookup_chart (model, "b");
  g_autoptr(GArray) marks = draw_marks (model, timeline, 900, 400);
  g_autofree char *description = fv_chart_describe (model, bars, english);
  FvChartRect rect;

  g_assert_true (fv_chart_marks_get_rect (marks, "end", &rect));
  g_assert_cmpfloat (rect.width, >, 0);
  g_clear_pointer (&marks, g_array_unref);
  marks = draw_marks (model, bars, 900, 400);
  g_assert_true (fv_chart_marks_get_rect (marks, "f", &rect));
  g_assert_cmpfloat (rect.width, >, 0);
  g_assert_null (strstr (description, "inf"));
  g_assert_null (strstr (description, "nan"));
}

/* The one temporary of DIR, from g_file_replace(), or NULL. */
static char *
find_temporary (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".goutputstream-"))
      return g_build_filename (dir_path, name, NULL);
  return NULL;
}

/* While an export is written over a file, its temporary is readable by
 * its owner only, whatever the file's mode; the file gets its mode back
 * when it is replaced, and an export given up leaves no temporary, and
 * no new file where there was none. */
static void
test_output_temporary_private (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-output-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.png", NULL);
  g_autofree char *temporary = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  FvOutput *output;
  GStatBuf info;
  int saved_errno = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  for (guint commit = 0; commit < 2; commit++)
    {
      output = fv_output_open (path, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (fv_output_write (output, "new", 3, &saved_errno));
      temporary = find_temporary (dir);
      g_assert_nonnull (temporary);
      g_assert_cmpint (g_stat (temporary, &info), ==, 0);
      g_assert_cmpint (info.st_mode & 07777, ==, 0600);
      g_clear_pointer (&temporary, g_free);
      if (commit)
        g_assert_true (fv_output_commit (output, &error));
      fv_output_free (output);
      g_assert_no_error (error);

      g_assert_null (find_temporary (dir));
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, commit ? "new" : "old");
      g_clear_pointer (&contents, g_free);
      g_assert_cmpint (g_stat (path, &info), ==, 0);
      g_assert_cmpint (info.st_mode & 07777, ==, 0644);
    }

  output = fv_output_open (fresh, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (fv_output_write (output, "half", 4, &saved_errno));
  fv_output_free (output);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

/* The file the export is made from is refused, by its name or a link. */
static void
test_output_not_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-output-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.png", NULL);
  g_autoptr(GFile) input = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_assert_cmpint (symlink ("model.json", link), ==, 0);
  g_assert_null (fv_output_open (link, input, &error));
  g_assert_error (error, FV_OUTPUT_ERROR, FV_OUTPUT_ERROR_SAME_AS_INPUT);
  g_assert_null (find_temporary (dir));

  g_unlink (link);
  g_unlink (path);
  g_rmdir (dir);
}

/* Events known only by their place are drawn between the dated events
 * around them, in the list's order; one before every dated event is not
 * drawn, and the legend says what the broken ring means. */
static void
test_timeline_placed (void)
{
  static const char *order[] = { "ev-suit", "ev-talks", "ev-draft", "ev-approval" };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "settlement.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_file (file, NULL, NULL, &error);
  const FvChart *chart;
  g_autofree char *description = NULL;
  double last_x = -1;
  FvChartRect rect;

  g_assert_no_error (error);
  chart = fv_model_lookup_chart (model, "timeline");
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_true (get_mark_rect (model, chart, 1200, 500, order[i], &rect));
      g_assert_cmpfloat (rect.x, >, last_x);
      last_x = rect.x;
    }
  g_assert_false (get_mark_rect (model, chart, 1200, 500, "ev-notice", &rect));

  description = fv_chart_describe_mark (model, chart, "ev-draft", english);
  g_assert_cmpstr (description, ==, "between “Talks begin in private” and March 28, 2017: "
                                    "A draft settlement is shared with the court");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/bar/lengths", test_bar_lengths);
  g_test_add_func ("/charts/bar/scale", test_bar_scale);
  g_test_add_func ("/charts/bar/legend", test_bar_legend);
  g_test_add_func ("/charts/bar/dates", test_bar_dates);
  g_test_add_func ("/charts/text/never-cut", test_never_cut);
  g_test_add_func ("/charts/text/no-ellipsis-asked", test_no_ellipsis_asked);
  g_test_add_func ("/charts/timeline/left-out", test_left_out);
  g_test_add_func ("/charts/timeline/legend", test_timeline_legend);
  g_test_add_func ("/charts/timeline/placed", test_timeline_placed);
  g_test_add_func ("/charts/style/contrast", test_style_contrast);
  g_test_add_func ("/charts/timeline/time-window", test_time_window);
  g_test_add_func ("/charts/axis/window-math", test_axis_window_math);
  g_test_add_func ("/charts/output/temporary-private", test_output_temporary_private);
  g_test_add_func ("/charts/output/not-input", test_output_not_input);
  g_test_add_func ("/charts/axis/ticks", test_axis_ticks);
  g_test_add_func ("/charts/axis/breaks", test_axis_breaks);
  g_test_add_func ("/charts/timeline/hit-test-zoomed", test_hit_test_zoomed);
  g_test_add_func ("/charts/timeline/labels-whole", test_labels_whole);
  g_test_add_func ("/charts/timeline/cluster-days", test_cluster_days);
  g_test_add_func ("/charts/timeline/no-label-dropped", test_no_label_dropped);
  g_test_add_func ("/charts/timeline/dimmed-labels-readable", test_dimmed_labels_readable);
  g_test_add_func ("/charts/bar/grid-clear-of-text", test_bar_grid_clear_of_text);
  g_test_add_func ("/charts/timeline/positions", test_timeline_positions);
  g_test_add_func ("/charts/timeline/selection", test_selection);
  g_test_add_func ("/charts/hit-test", test_hit_test);
  g_test_add_func ("/charts/descriptions", test_descriptions);
  g_test_add_func ("/charts/timeline/100000-events", test_many_events);
  g_test_add_func ("/charts/timeline/hostile-text", test_hostile_text);
  g_test_add_func ("/charts/data", test_chart_data);
  g_test_add_func ("/charts/extremes", test_extremes);
  g_test_add_func ("/charts/timeline/many-lanes", test_many_lanes);

  return g_test_run ();
}
