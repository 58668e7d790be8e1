/* test-charts.c — charts drawn on an image surface, checked pixel by pixel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fv-chart-data.h"
#include "fv-chart.h"
#include "fv-model.h"

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
      if (!is_color (surface, x0, y, &style.accent))
        continue;

      for (int x = x0; x < width && is_color (surface, x, y + 2, &style.accent); x++)
        lengths[n_bars]++;
      n_bars++;

      while (y < height && is_color (surface, x0, y, &style.accent))
        y++;
    }

  g_assert_cmpint (n_bars, ==, 2);
  g_assert_cmpint (lengths[0], >, 100);
  g_assert_cmpfloat_with_epsilon ((double) lengths[1] / lengths[0], 70.0 / 44.0, 0.02);

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
      if (!is_color (surface, x0, y, &style.accent))
        continue;

      lengths[n_bars] = 0;
      for (int x = x0; x < width && is_color (surface, x, y + 2, &style.accent); x++)
        lengths[n_bars]++;
      n_bars++;

      while (y < height && is_color (surface, x0, y, &style.accent))
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
        g_assert_cmpfloat (fv_color_contrast (&style.text, &style.background), >=, 4.5);
        g_assert_cmpfloat (fv_color_contrast (&style.muted, &style.background), >=, 4.5);
        g_assert_cmpfloat (fv_color_contrast (&style.selection, &style.background), >=, 4.5);
        g_assert_cmpfloat (fv_color_contrast (&style.on_accent, &style.accent), >=, 4.5);
        g_assert_cmpfloat (fv_color_contrast (&style.accent, &style.background), >=, 3.0);
        g_assert_cmpfloat (fv_color_contrast (&style.span, &style.background), >=, 3.0);
        if (high)
          {
            g_assert_true (memcmp (&style.muted, &style.text, sizeof style.text) == 0);
            g_assert_cmpfloat (fv_color_contrast (&style.text, &style.background), >=, 19);
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
      g_assert_cmpfloat (fv_color_contrast (&seen, &white), >=, 4.5);
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

  /* A title of a million characters; control characters; a right-to-left
   * mark (an override is refused in a title); markup. */
  g_string_append (text, "{\"id\": \"long\", \"date\": \"2000\", \"title\": \"");
  for (guint i = 0; i < 100000; i++)
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
  g_assert_cmpuint (strlen (fv_model_lookup_event (model, "long")->title.original), ==, 1000000);

  /* The million-character title is ellipsized within the chart. */
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/bar/lengths", test_bar_lengths);
  g_test_add_func ("/charts/bar/scale", test_bar_scale);
  g_test_add_func ("/charts/style/contrast", test_style_contrast);
  g_test_add_func ("/charts/timeline/time-window", test_time_window);
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
