/* fv-chart-csv.c — the data behind a chart, as CSV: one row per mark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a reader downloads beside a published chart to check it or draw
 * their own: RFC 4180 (fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled, CRLF line ends), UTF-8 without a byte order
 * mark, a header row, then a row for each event, period or bar as the
 * chart shows it. Dates are ISO 8601 at the precision the model knows
 * ("2017", "2017-01", "2017-01-25"), numbers as C writes them, with how
 * exact a value is ("at_least", "about") in a column of its own; an event
 * the story gives no date, only a place among others, has its date blank
 * and that place in the last column ("before ev-suit", "between ev-talks
 * and ev-approval", by the events' ids, as the id column names them); an
 * event whose date the story gives only roughly ("around January") has
 * "true" in the column after it, as the chart draws it with fading ends.
 * The file is data for programs and spreadsheets, whatever the reader's locale. The
 * header's names are fixed for the same reason; the texts are in the
 * reader's languages.
 */
#include "config.h"

#include <string.h>

#include "fv-chart-csv.h"
#include "fv-format.h"
#include "fv-output.h"

static const char header[] =
  "id,date,end_date,label,value,qualifier,unit,lane,source,placed,approximate\r\n";

static void
append_field (GString    *row,
              const char *text)
{
  if (text == NULL)
    text = "";
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (row, text);
      return;
    }
  g_string_append_c (row, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

static void
append_date (GString      *row,
             const FvDate *date)
{
  switch (date->precision)
    {
    case FV_DATE_PRECISION_YEAR:
      g_string_append_printf (row, "%04d", date->year);
      break;
    case FV_DATE_PRECISION_MONTH:
      g_string_append_printf (row, "%04d-%02d", date->year, date->month);
      break;
    case FV_DATE_PRECISION_DAY:
      g_string_append_printf (row, "%04d-%02d-%02d", date->year, date->month, date->day);
      break;
    default:
      break;
    }
}

/* "article ¶10; melendres-v-arpaio": each source by its id, which the
 * model's list of sources resolves, and the paragraph or place in it. */
static char *
references_text (const FvReferences *references)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < references->n_items; i++)
    {
      const FvReference *reference = &references->items[i];

      if (i > 0)
        g_string_append (str, "; ");
      g_string_append (str, reference->source->id);
      if (reference->paragraph > 0)
        g_string_append_printf (str, " ¶%u", reference->paragraph);
      else if (reference->locator != NULL)
        g_string_append_printf (str, " %s", reference->locator);
    }
  return g_string_free (str, FALSE);
}

/* Where an event without a date stands among the others, as the model
 * places it; NULL for an event with a date. */
static char *
placed_text (const FvEvent *event)
{
  if (event->date.precision != FV_DATE_PRECISION_NONE)
    return NULL;
  if (event->after != NULL && event->before != NULL)
    return g_strdup_printf ("between %s and %s", event->after->id, event->before->id);
  if (event->after != NULL)
    return g_strdup_printf ("after %s", event->after->id);
  if (event->before != NULL)
    return g_strdup_printf ("before %s", event->before->id);
  return NULL;
}

static void
append_row (GString            *out,
            const char         *id,
            const FvDate       *date,
            const FvDate       *end,
            const char         *label,
            const char         *value,
            const char         *qualifier,
            const char         *unit,
            const char         *lane,
            const FvReferences *references,
            const char         *placed,
            gboolean            approximate)
{
  g_autofree char *sources = references_text (references);

  append_field (out, id);
  g_string_append_c (out, ',');
  append_date (out, date);
  g_string_append_c (out, ',');
  if (end != NULL)
    append_date (out, end);
  g_string_append_c (out, ',');
  append_field (out, label);
  g_string_append_c (out, ',');
  append_field (out, value);
  g_string_append_c (out, ',');
  append_field (out, qualifier);
  g_string_append_c (out, ',');
  append_field (out, unit);
  g_string_append_c (out, ',');
  append_field (out, lane);
  g_string_append_c (out, ',');
  append_field (out, sources);
  g_string_append_c (out, ',');
  append_field (out, placed);
  g_string_append_c (out, ',');
  append_field (out, approximate ? "true" : NULL);
  g_string_append (out, "\r\n");
}

static const char *
unit_name (const FvFigure *figure)
{
  switch (figure->unit)
    {
    case FV_UNIT_PERCENT:
      return "percent";
    case FV_UNIT_CURRENCY:
      return figure->currency;
    case FV_UNIT_COUNT:
    default:
      return "count";
    }
}

/* Writes the rows to OUT, handing each 64 KiB to FLUSH (when given): a
 * timeline of 100,000 events need not be whole in memory. Only the rows
 * KEEP keeps, where it is given. */
static gboolean
write_csv (FvModel            *model,
           const FvChart      *chart,
           const char * const *languages,
           FvChartCsvKeep      keep,
           gpointer            keep_data,
           GString            *out,
           gboolean          (*flush) (GString *out, gpointer data),
           gpointer            data)
{
  g_string_append (out, header);

  for (guint l = 0; l < chart->n_lanes; l++)
    {
      const FvChartLane *lane = &chart->lanes[l];
      const char *lane_label = fv_model_text (model, &lane->label, languages);

      for (guint i = 0; i < lane->n_events; i++)
        {
          const FvEvent *event = lane->events[i];
          g_autofree char *placed = NULL;

          if (keep != NULL && !keep (event, l, keep_data))
            continue;
          placed = placed_text (event);
          append_row (out, event->id, &event->date,
                      event->end.precision != FV_DATE_PRECISION_NONE ? &event->end : NULL,
                      fv_model_event_title (model, event, languages), NULL, NULL, NULL,
                      lane_label,
                      &event->references, placed, event->approximate);
          if (flush != NULL && out->len >= 65536 && !flush (out, data))
            return FALSE;
        }
    }

  for (guint i = 0; i < chart->n_figures; i++)
    {
      const FvFigure *figure = chart->figures[i];
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      if (keep != NULL && !keep (figure, G_MAXUINT, keep_data))
        continue;
      /* Fifteen digits: what a double holds exactly, without 0.1's
       * "0.10000000000000001". */
      g_ascii_formatd (value, sizeof value, "%.15g", figure->value);
      append_row (out, figure->id, &figure->date, NULL,
                  fv_model_text (model, &figure->label, languages), value,
                  fv_figure_qualifier_name (figure), unit_name (figure), NULL,
                  &figure->references, NULL, FALSE);
    }

  return flush == NULL || flush (out, data);
}

/**
 * fv_chart_csv_new:
 * @languages: (nullable): the reader's, from fv_languages_new()
 * @keep: (nullable): which rows to write; %NULL for all of them
 *
 * Returns: the data of @chart as CSV, as --format=csv writes it, for the
 *   clipboard (a table's rows copied) or a test
 */
char *
fv_chart_csv_new (FvModel            *model,
                  const FvChart      *chart,
                  const char * const *languages,
                  FvChartCsvKeep      keep,
                  gpointer            keep_data)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  write_csv (model, chart, languages, keep, keep_data, out, NULL, NULL);
  return g_string_free (out, FALSE);
}

typedef struct
{
  FvOutput *output;
  int       saved_errno;
} Sink;

static gboolean
flush_to_output (GString  *out,
                 gpointer  data)
{
  Sink *sink = data;
  gboolean ok = fv_output_write (sink->output, out->str, out->len, &sink->saved_errno);

  g_string_truncate (out, 0);
  return ok;
}

/**
 * fv_chart_csv_export:
 * @path: a file, or "-" for standard output
 *
 * Writes the data of @chart as CSV where fv-output.c says: a file is
 * replaced only once the new one is complete, and never the file @model
 * was read from.
 */
gboolean
fv_chart_csv_export (FvModel            *model,
                     const FvChart      *chart,
                     const char * const *languages,
                     const char         *path,
                     GError            **error)
{
  g_autoptr(FvOutput) output = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  Sink sink = { 0 };

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  output = fv_output_open (path, fv_model_get_file (model), error);
  if (output == NULL)
    return FALSE;
  sink.output = output;
  if (!write_csv (model, chart, languages, NULL, NULL, out, flush_to_output, &sink))
    return fv_output_error (output, sink.saved_errno, error);

  return fv_output_commit (output, error);
}
