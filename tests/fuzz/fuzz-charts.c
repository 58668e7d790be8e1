/* fuzz-charts.c — libFuzzer target: valid models of fuzzed content, drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes choose a model (events with any dates, precisions and periods,
 * titles of any text, figures of any value and unit) that is valid by
 * construction, and a size. The model must load; then every chart type
 * draws it at that size into an image surface, is hit-tested and
 * described.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "fv-chart.h"
#include "fv-model.h"

/* Texts are read in a language the models may or may not have. */
static const char * const english[] = { "en", NULL };

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

typedef struct
{
  const guint8 *data;
  size_t        size;
} Input;

static guint
take (Input *in,
      guint  max)
{
  guint value = 0;

  for (guint i = 0; i < 4 && in->size > 0; i++)
    {
      value = (value << 8) | *in->data;
      in->data++;
      in->size--;
    }

  return max > 0 ? value % (max + 1) : 0;
}

/* A JSON string of up to MAX fuzzed characters (valid UTF-8, escaped). */
static void
append_text (GString *json,
             Input   *in,
             guint    max)
{
  guint n = take (in, max);

  g_string_append_c (json, '"');
  for (guint i = 0; i < n; i++)
    {
      gunichar c = take (in, 0x10ffff);

      /* What the loader refuses in a valid model: NUL, lone surrogates,
       * bidi embeddings and overrides in titles, piles of combining marks
       * (the loader's own tests cover those). */
      if (c == 0 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x202a && c <= 0x202e) ||
          (c >= 0x2066 && c <= 0x2069))
        c = 0xfffd;
      else if (g_unichar_ismark (c))
        c = 'x';
      if (c < 0x20 || c == '"' || c == '\\')
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_unichar (json, c);
    }
  /* Texts are never empty, nor made of invisible characters only. */
  g_string_append_c (json, 'x');
  g_string_append_c (json, '"');
}

/* Appends DATE_NAME and PRECISION_NAME; returns the year. */
static int
append_date (GString    *json,
             Input      *in,
             const char *date_name,
             const char *precision_name,
             int         min_year)
{
  static const char *names[] = { "year", "month", "day" };
  guint precision = take (in, 2);
  /* Taken once: MAX() would take twice, and could give a year before
   * MIN_YEAR (an end before its start, a model rightly refused). */
  int fuzzed = 1 + (int) take (in, 9998);
  int year = MIN (MAX (min_year, fuzzed), 9999);
  guint month = 1 + take (in, 11);
  guint day = 1 + take (in, g_date_get_days_in_month (month, year) - 1);

  if (precision == 0)
    g_string_append_printf (json, "\"%s\": \"%04d\"", date_name, year);
  else if (precision == 1)
    g_string_append_printf (json, "\"%s\": \"%04d-%02u\"", date_name, year, month);
  else
    g_string_append_printf (json, "\"%s\": \"%04d-%02u-%02u\"", date_name, year, month, day);
  g_string_append_printf (json, ", \"%s\": \"%s\"", precision_name, names[precision]);

  return year;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  Input in = { data, size };
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  guint n_events = take (&in, 80);
  guint n_figures = 1 + take (&in, 12);
  guint unit = take (&in, 2);
  int width = 1 + take (&in, 2400);
  int height = 1 + take (&in, 1600);
  FvChartStyle style;

  g_string_append (json, "{\"schema_version\": 1, \"language\": \"en\", \"title\": ");
  append_text (json, &in, 40);
  g_string_append (json, ", \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": {\"title\": "
                   "\"b\"}, \"statements\": {\"title\": \"c\"}}, \"sources\": [{\"id\": \"s\", "
                   "\"kind\": \"other\", \"title\": ");
  append_text (json, &in, 200);
  g_string_append (json, "}], \"events\": [");

  for (guint i = 0; i < n_events; i++)
    {
      int start;

      g_string_append_printf (json, "%s{\"id\": \"e%u\", ", i ? ", " : "", i);
      start = append_date (json, &in, "date", "precision", 1);
      /* A period ends in a later year, so it is after its start. */
      if (take (&in, 3) == 0 && start < 9999)
        {
          g_string_append (json, ", ");
          append_date (json, &in, "end_date", "end_precision", start + 1);
        }
      g_string_append (json, ", \"approximate\": ");
      g_string_append (json, take (&in, 1) ? "true" : "false");
      g_string_append (json, ", \"title\": ");
      append_text (json, &in, 120);
      g_string_append (json, ", \"references\": [{\"source\": \"s\"}]}");
    }

  g_string_append (json, "], \"figures\": [");
  for (guint i = 0; i < n_figures; i++)
    {
      double value = unit == 0 ? take (&in, 1000) / 10.0 : (double) take (&in, G_MAXUINT32 - 1);

      g_string_append_printf (json, "%s{\"id\": \"f%u\", \"label\": ", i ? ", " : "", i);
      append_text (json, &in, 60);
      g_string_append_printf (json, ", \"value\": %.1f, \"unit\": \"%s\", \"measure\": ", value,
                              unit == 0 ? "percent" : unit == 1 ? "count" : "USD");
      append_text (json, &in, 300);
      g_string_append (json, ", \"references\": [{\"source\": \"s\"}]}");
    }

  g_string_append (json, "], \"charts\": [{\"id\": \"t\", \"type\": \"timeline\", \"tab\": "
                   "\"timeline\", \"title\": ");
  append_text (json, &in, 80);
  g_string_append (json, "}, {\"id\": \"b\", \"type\": \"bar\", \"tab\": \"statements\", "
                   "\"title\": \"B\", \"data\": {\"figures\": [");
  for (guint i = 0; i < n_figures; i++)
    g_string_append_printf (json, "%s\"f%u\"", i ? ", " : "", i);
  g_string_append (json, "]}}]}");

  bytes = g_bytes_new (json->str, json->len);
  model = fv_model_new_from_bytes (bytes, "fuzz", NULL, &error);
  if (model == NULL)
    fuzz_fail ("a valid model was refused: %s\n%s", error->message, json->str);

  fv_chart_style_init (&style, take (&in, 1));

  for (guint i = 0; i < fv_model_get_n_charts (model); i++)
    {
      const FvChart *chart = fv_model_get_chart (model, i);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cairo_t *cr = cairo_create (surface);
      FvChartState state = { english, "e0", "e1", NULL };
      g_autoptr(GArray) marks = NULL;
      g_autofree char *description = NULL;

      marks = fv_chart_draw_marks (cr, model, chart, width, height, &style, &state);
      g_assert (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
      fv_chart_marks_hit_test (marks, take (&in, width), take (&in, height));
      description = fv_chart_describe (model, chart, english);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  return 0;
}
