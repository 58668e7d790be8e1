/* fv-cli.c — what the command line does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here touches GTK, and the build sees to it (src/cli/meson.build
 * links the charts layer only): these paths must work with no display.
 * Model texts are read in the languages of the locale.
 */
#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gi18n.h>

#include "fv-chart-csv.h"
#include "fv-chart-export.h"
#include "fv-fact-sheet.h"
#include "fv-cli.h"
#include "fv-cli-private.h"
#include "fv-format.h"
#include "fv-model.h"
#include "fv-validation.h"

static char *
summarize (FvModel *model)
{
  guint n_events = fv_model_get_n_events (model);
  guint n_statements = fv_model_get_n_statements (model);
  guint n_figures = fv_model_get_n_figures (model);
  guint n_cases = fv_model_get_n_cases (model);
  guint n_charts = fv_model_get_n_charts (model);
  guint n_actors = fv_model_get_n_actors (model);
  guint n_sources = fv_model_get_n_sources (model);
  char *counts[7] = {
    g_strdup_printf (ngettext ("%u event", "%u events", n_events), n_events),
    g_strdup_printf (ngettext ("%u statement", "%u statements", n_statements), n_statements),
    g_strdup_printf (ngettext ("%u figure", "%u figures", n_figures), n_figures),
    g_strdup_printf (ngettext ("%u case study", "%u case studies", n_cases), n_cases),
    g_strdup_printf (ngettext ("%u chart", "%u charts", n_charts), n_charts),
    g_strdup_printf (ngettext ("%u actor", "%u actors", n_actors), n_actors),
    g_strdup_printf (ngettext ("%u source", "%u sources", n_sources), n_sources),
  };
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      if (i > 0)
        /* translators: separates the counts in "7 events, 18 statements, …" */
        g_string_append (str, _(", "));
      g_string_append (str, counts[i]);
      g_free (counts[i]);
    }

  return g_string_free (str, FALSE);
}

/* "; translations: es 100%, pl 96%" */
static char *
summarize_translations (GArray *stats)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < stats->len; i++)
    {
      const FvTranslationStats *s = &g_array_index (stats, FvTranslationStats, i);
      guint done = s->n_texts - s->n_missing;
      guint percent = s->n_texts > 0 ? (done * 100) / s->n_texts : 100;
      g_autofree char *share = fv_format_number (percent, FV_UNIT_PERCENT, NULL);

      if (i > 0)
        g_string_append (str, _(", "));
      /* translators: a language of the model and how complete its
       * translation is: "es 100%" */
      g_string_append_printf (str, C_("translation share", "%s %s"), s->language, share);
    }

  return g_string_free (str, FALSE);
}

/* Prints the problems of a model that did not load, or its summary and the
 * texts its translations lack (warnings: the model is valid). BYTES, when
 * given, places the warnings. */
static gboolean
validate_one (FvModel    *model,
              GPtrArray  *problems,
              GBytes     *bytes,
              const char *name)
{
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GArray) stats = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *shown = NULL;

  if (model == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = fv_problem_to_string (g_ptr_array_index (problems, i), name);
          g_printerr ("%s\n", line);
        }
      return FALSE;
    }

  warnings = fv_model_check_translations (model, &stats);
  if (bytes != NULL)
    fv_model_locate_problems (bytes, warnings);
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *line = fv_problem_to_string (g_ptr_array_index (warnings, i), name);
      g_printerr ("%s\n", line);
    }

  summary = summarize (model);
  shown = fv_text_escape_controls (name);
  if (stats->len > 0)
    {
      g_autofree char *translations = summarize_translations (stats);

      /* translators: "FILE: valid fact model: 7 events, …; translations: es 100%" */
      g_print (_("%s: valid fact model: %s; translations: %s\n"), shown, summary, translations);
    }
  else
    /* translators: "FILE: valid fact model: 7 events, 18 statements, …" */
    g_print (_("%s: valid fact model: %s\n"), shown, summary);

  return TRUE;
}

/**
 * fv_cli_validate:
 * @args: (nullable): the models to check, as given on the command line;
 *   %NULL or empty for the built-in one
 *
 * Messages name each file as it was given, so that they read like the
 * command the person typed.
 *
 * Returns: the exit status, 0 when every model is valid
 */
int
fv_cli_validate (const char * const *args)
{
  gboolean ok = TRUE;

  if (args == NULL || args[0] == NULL)
    {
      g_autoptr(GBytes) bytes = fv_model_get_builtin_bytes ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(FvModel) model = NULL;
      const char *name = _("built-in model");

      model = fv_model_new_from_bytes (bytes, name, &problems, NULL);
      return validate_one (model, problems, bytes, name) ? 0 : 1;
    }

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(FvModel) model = NULL;

      g_autoptr(GBytes) bytes = NULL;

      model = fv_model_new_from_file (file, NULL, &problems, NULL);
      /* Read again to place the warnings: validating is not in a hurry. */
      if (model != NULL)
        bytes = fv_model_read_bytes (file, NULL, NULL);
      ok &= validate_one (model, problems, bytes, args[i]);
    }

  return ok ? 0 : 1;
}

/* The languages to read MODEL in: --language's (one the model has), or the
 * locale's. NULL, with a message, for a language the model does not have. */
static char **
content_languages (FvModel    *model,
                   const char *language)
{
  const char * const *have = fv_model_get_languages (model);
  const char *given[] = { language, NULL };

  if (language == NULL)
    return fv_languages_new (NULL);

  for (guint i = 0; have != NULL && have[i] != NULL; i++)
    if (g_ascii_strcasecmp (have[i], language) == 0)
      /* A chart's or a sheet's own words follow it there (fv-i18n.c). */
      return fv_languages_new (given);

  {
    g_autofree char *shown = fv_cli_shown (language, FV_CLI_NAME_SHOWN);
    g_autofree char *list = g_strjoinv (", ", (char **) have);

    /* translators: "--language: the model has no “de”; it has en, es, pl" */
    g_printerr (_("--language: the model has no “%s”; it has %s\n"), shown, list);
  }
  return NULL;
}

/* The model the command line names: FILE, or the
 * built-in one. Problems go to standard error. */
static FvModel *
load_for_command (const char * const *args)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) file = NULL;
  FvModel *model;

  if (args == NULL || args[0] == NULL)
    return fv_model_new_builtin ();

  if (args[1] != NULL)
    {
      g_printerr (_("Give one fact model, not several\n"));
      return NULL;
    }

  file = g_file_new_for_commandline_arg (args[0]);
  model = fv_model_new_from_file (file, NULL, &problems, NULL);
  if (model == NULL)
    validate_one (NULL, problems, NULL, args[0]);

  return model;
}

int
fv_cli_list_charts (const char * const *args)
{
  g_autoptr(FvModel) model = load_for_command (args);
  g_auto(GStrv) languages = fv_languages_new (NULL);

  if (model == NULL)
    return 1;

  for (guint i = 0; i < fv_model_get_n_charts (model); i++)
    {
      const FvChart *chart = fv_model_get_chart (model, i);

      g_autofree char *title = fv_text_escape_controls (fv_model_text (model, &chart->title,
                                                                       (const char * const *) languages));

      /* Ids are checked to be plain; a title may hold anything. */
      g_print ("%s\t%s\n", chart->id, title);
    }

  return 0;
}

/* A date of the calendar: 2017-13 and 2017-02-30 are not. */
static gboolean
date_exists (const FvDate *date)
{
  if (date->year < 1)
    return FALSE;
  if (date->precision >= FV_DATE_PRECISION_MONTH && (date->month < 1 || date->month > 12))
    return FALSE;
  if (date->precision == FV_DATE_PRECISION_DAY &&
      !g_date_valid_dmy (date->day, date->month, date->year))
    return FALSE;
  return TRUE;
}

/* Past a file size limit (ulimit -f), a write kills the process unless
 * SIGXFSZ is ignored: then it fails with EFBIG, and the export can say so
 * and leave nothing behind (fv-output.c). The command writes one file and
 * exits, so the process is its own. */
static void
survive_file_size_limit (void)
{
  signal (SIGXFSZ, SIG_IGN);
}

/* --format=csv, or without --format an --output that ends in .csv. */
static gboolean
wants_data (const FvCliExport *options)
{
  const char *name = options->format;

  if (name == NULL && options->output != NULL)
    {
      const char *dot = strrchr (options->output, '.');

      if (dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL)
        name = dot + 1;
    }
  return name != NULL && g_ascii_strcasecmp (name, "csv") == 0;
}

/* The chart --export-chart names, in the model the command line names,
 * with the languages to draw it in: NULL, said on standard error, when
 * any of them cannot be had. */
static const FvChart *
chart_for_command (const char * const *args,
                   const FvCliExport  *options,
                   FvModel           **model,
                   char             ***languages)
{
  const FvChart *chart;

  survive_file_size_limit ();
  *model = load_for_command (args);
  if (*model == NULL)
    return NULL;
  *languages = content_languages (*model, options->language);
  if (*languages == NULL)
    return NULL;

  chart = fv_model_lookup_chart (*model, options->chart_id);
  if (chart == NULL)
    {
      g_autofree char *shown = fv_cli_shown (options->chart_id, FV_CLI_NAME_SHOWN);

      g_printerr (_("There is no chart “%s”; --list-charts lists them\n"), shown);
    }
  return chart;
}

/* The data behind a chart as CSV (fv-chart-csv.c): to --output, or to
 * standard output without it, since it is text. The size and the time
 * shown do not apply: the data is the chart's, whole. */
static int
export_data (const char * const *args,
             const FvCliExport  *options)
{
  const char *output = options->output != NULL ? options->output : "-";
  g_autoptr(FvModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) languages = NULL;
  const FvChart *chart;

  chart = chart_for_command (args, options, &model, &languages);
  if (chart == NULL)
    return 1;

  if (!fv_chart_csv_export (model, chart, (const char * const *) languages, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

int
fv_cli_export_chart (const char * const *args,
                     const FvCliExport  *options)
{
  FvChartFormat format = FV_CHART_FORMAT_PNG;
  FvPaper paper = FV_PAPER_A4;
  g_autoptr(FvModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) languages = NULL;
  const char *output = options->output, *format_name = options->format;
  const char *from = options->from, *to = options->to;
  int width = options->width, height = options->height, scale = options->scale;
  FvChartTime time = { 0, 0, options->linear_axis };
  const FvChart *chart;
  FvChartStyle style;
  FvDate from_date = { 0 }, to_date = { 0 };

  /* A chart shows no quotations: a text given to check them against would
   * be read for nothing, and the person would believe it was checked. */
  if (options->source_texts != NULL && options->source_texts[0] != NULL)
    {
      /* translators: --source-text, --check-quotes, --export-sheet and
       * --export-chart are options of the command line */
      g_printerr (_("--source-text is for --check-quotes and --export-sheet: --export-chart "
                    "shows no quotations\n"));
      return 1;
    }
  if (wants_data (options))
    return export_data (args, options);
  if (output == NULL)
    {
      g_printerr (_("--export-chart needs --output=PATH\n"));
      return 1;
    }

  /* The format: --format's, or the one --output's extension names; PNG
   * to standard output. */
  if (format_name != NULL ? !fv_chart_format_from_name (format_name, &format)
                          : !g_str_equal (output, "-") &&
                            !fv_chart_format_from_name (output, &format))
    {
      g_autofree char *shown = fv_cli_shown (format_name != NULL ? format_name : output,
                                                 FV_CLI_PATH_SHOWN);

      if (format_name != NULL)
        g_printerr (_("“%s” is not a format: give png, svg, pdf or csv\n"), shown);
      else
        g_printerr (_("“%s” does not end in .png, .svg, .pdf or .csv: name one, or give "
                      "--format\n"), shown);
      return 1;
    }
  if (format != FV_CHART_FORMAT_PNG)
    scale = 1;
  /* On paper: a PDF's page, the chart as wide as the text between its
   * margins, 16:9, unless --width and --height say otherwise (a narrower
   * chart, or a taller one: fv_chart_export_page() keeps it within the
   * margins); without it, the page is the chart's size. */
  if (options->paper != NULL)
    {
      g_autofree char *shown = fv_cli_shown (options->paper, FV_CLI_NAME_SHOWN);

      if (!fv_paper_from_name (options->paper, &paper))
        {
          g_printerr (_("“%s” is not a paper size: give a4 or letter\n"), shown);
          return 1;
        }
      if (format != FV_CHART_FORMAT_PDF)
        {
          /* translators: --paper and --format are options of the command line */
          g_printerr (_("--paper puts a chart on a page of a PDF: give --format=pdf\n"));
          return 1;
        }
      {
        int page_width, page_height;

        fv_chart_export_page_size (paper, &page_width, &page_height);
        if (!options->width_fixed)
          width = page_width;
        if (!options->height_fixed)
          height = (width * 9 + 8) / 16;
      }
    }

  /* Refused before the model is read and before any image is allocated. */
  if (!fv_chart_export_check_size (width, height, scale, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < 2; i++)
    {
      const char *given = i == 0 ? from : to;

      FvDate *date = i == 0 ? &from_date : &to_date;

      if (given != NULL && (!fv_date_parse_iso (given, date) || !date_exists (date)))
        {
          g_autofree char *shown = fv_cli_shown (given, FV_CLI_NAME_SHOWN);

          g_printerr (_("“%s” is not a date: give a year, a month or a day, as 2016, 2016-11 or "
                        "2016-11-08\n"), shown);
          return 1;
        }
    }

  chart = chart_for_command (args, options, &model, &languages);
  if (chart == NULL)
    return 1;

  /* The time shown: from the first day of --from to the last of --to
   * (--to=2017 is to the end of 2017), the chart's own span for the other. */
  if (from != NULL || to != NULL)
    {
      double first_day, day_after;

      if (!fv_chart_get_time_span (model, chart, &first_day, &day_after))
        {
          g_printerr (_("--from and --to choose the time a timeline shows; “%s” is not one\n"),
                      chart->id);
          return 1;
        }
      time.from_day = from != NULL ? fv_date_first_day (&from_date) : first_day;
      time.to_day = to != NULL ? fv_date_day_after (&to_date) : day_after;
      if (time.to_day <= time.from_day)
        {
          g_printerr (_("Nothing to show: --to must come after --from, and the time they "
                        "leave must hold part of the timeline\n"));
          return 1;
        }
    }

  fv_chart_style_init (&style, FALSE);
  /* A height nobody fixed gives way to the texts: the image grows taller
   * for titles and source lines that wrap onto more lines, rather than
   * making them smaller. */
  if (!options->height_fixed)
    {
      FvChartState natural = { .languages = (const char * const *) languages,
                               .from_day = time.from_day, .to_day = time.to_day,
                               .linear_axis = time.linear_axis };

      height = MIN (fv_chart_get_natural_height (model, chart, width, height, &style, &natural),
                    FV_CHART_EXPORT_MAX_SIZE);
      if (!fv_chart_export_check_size (width, height, scale, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  if (options->paper != NULL
      ? !fv_chart_export_page (model, chart, paper, width, height, &style,
                               (const char * const *) languages, &time, output, &error)
      : !fv_chart_export (model, chart, format, width, height, scale, &style,
                          (const char * const *) languages, &time, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* The image says it too; a script reads it here. */
  {
    FvChartState state = { .languages = (const char * const *) languages,
                           .from_day = time.from_day, .to_day = time.to_day,
                           .linear_axis = time.linear_axis };
    guint n = fv_chart_get_left_out (model, chart, width, height, &style, &state);

    if (n > 0)
      /* translators: a warning of --export-chart; the chart's id, then its size */
      g_printerr (ngettext ("%u label left out of %s at %dx%d for want of room; "
                            "--format=csv lists every one\n",
                            "%u labels left out of %s at %dx%d for want of room; "
                            "--format=csv lists every one\n", n),
                  n, chart->id, width, height);
  }

  return 0;
}

/**
 * fv_cli_export_sheet:
 *
 * --export-sheet: the fact sheet of the model as a PDF at --output (or
 * standard output for "-"), on --paper (the locale's without it), in
 * --language (the locale's without it); with --source-text, each of those
 * sources' quotations checked against its text, and the sheet says how
 * they fared.
 */
int
fv_cli_export_sheet (const char * const *args,
                     const FvCliExport  *options)
{
  g_autoptr(FvModel) model = NULL;
  g_autoptr(GArray) given = NULL;
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) languages = NULL;
  FvPaper paper = fv_paper_for_locale ();
  FvChartFormat format;

  if (options->output == NULL)
    {
      g_printerr (_("--export-sheet needs --output=FILE.pdf\n"));
      return 1;
    }
  /* A fact sheet is pages: a PDF, whatever the name says otherwise. */
  if ((options->format != NULL && g_ascii_strcasecmp (options->format, "pdf") != 0) ||
      (options->format == NULL && !g_str_equal (options->output, "-") &&
       (!fv_chart_format_from_name (options->output, &format) || format != FV_CHART_FORMAT_PDF)))
    {
      g_autofree char *shown = fv_cli_shown (options->output, FV_CLI_PATH_SHOWN);

      g_printerr (_("A fact sheet is a PDF: “%s” does not end in .pdf\n"), shown);
      return 1;
    }
  if (options->paper != NULL && !fv_paper_from_name (options->paper, &paper))
    {
      g_autofree char *shown = fv_cli_shown (options->paper, FV_CLI_NAME_SHOWN);

      g_printerr (_("“%s” is not a paper size: give a4 or letter\n"), shown);
      return 1;
    }

  survive_file_size_limit ();
  model = load_for_command (args);
  if (model == NULL)
    return 1;
  languages = content_languages (model, options->language);
  if (languages == NULL)
    return 1;
  /* Each text read before anything is written: a file that cannot be
   * read leaves no sheet behind, and the exit status is --check-quotes'. */
  given = fv_cli_read_source_texts (model, options->source_texts);
  if (given == NULL)
    return 2;
  texts = fv_cli_source_texts_by_id (given);

  if (!fv_fact_sheet_export_with_texts (model, (const char * const *) languages, texts, paper,
                                        options->output, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/**
 * fv_cli_validate_json:
 *
 * --validate --json: as fv_cli_validate(), with the same exit status, but
 * one JSON document on standard output (an array of them for several
 * files), written by the model layer (fv-validation.c), for editors and CI
 * jobs to read.
 */
int
fv_cli_validate_json (const char * const *args)
{
  gboolean several = args != NULL && args[0] != NULL && args[1] != NULL;
  FvValidationReport *report = fv_validation_report_new (several);
  g_autofree char *text = NULL;
  gboolean ok = TRUE;

  if (args == NULL || args[0] == NULL)
    {
      g_autoptr(GBytes) bytes = fv_model_get_builtin_bytes ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(FvModel) model = NULL;
      const char *name = _("built-in model");

      model = fv_model_new_from_bytes (bytes, name, &problems, NULL);
      fv_validation_report_add (report, name, model, problems, bytes);
      ok = model != NULL;
    }

  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(FvModel) model = NULL;
      g_autoptr(GBytes) bytes = NULL;

      model = fv_model_new_from_file (file, NULL, &problems, NULL);
      if (model != NULL)
        bytes = fv_model_read_bytes (file, NULL, NULL);
      fv_validation_report_add (report, args[i], model, problems, bytes);
      ok &= model != NULL;
    }

  text = fv_validation_report_finish (report);
  fv_cli_write_utf8 (text);
  fv_cli_write_utf8 ("\n");

  return ok ? 0 : 1;
}

/**
 * fv_cli_load_model:
 *
 * Returns: (transfer full) (nullable): the model the command line names,
 *   or the built-in one; NULL, its problems printed, when it did not load
 */
FvModel *
fv_cli_load_model (const char * const *args)
{
  return load_for_command (args);
}
