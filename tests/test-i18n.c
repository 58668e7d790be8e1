/* test-i18n.c — dates, numbers and chart words in the reader's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fv-chart.h"
#include "fv-format.h"
#include "fv-i18n.h"
#include "fv-sheet-private.h"
#include "fv-test-locale.h"
#include "fv-test-reader.h"

static const FvDate month = { 2017, 1, 0, FV_DATE_PRECISION_MONTH };
static const FvDate day = { 2017, 1, 25, FV_DATE_PRECISION_DAY };
static const FvDate year = { 2012, 0, 0, FV_DATE_PRECISION_YEAR };

typedef struct
{
  const char *locale;
  const char *month;       /* January 2017 */
  const char *day;         /* January 25, 2017 */
  const char *percent;     /* 44 */
  const char *dollars;     /* 75,000,000 USD */
  const char *thousands;   /* 12,345 */
  const char *source;      /* the survey's source line starts with */
  const char *bars;        /* the survey's description starts with */
} Case;

static const Case cases[] = {
  { "en_US.UTF-8", "January 2017", "January 25, 2017", "44%", "$75 million", "12,345",
    "Source: ", "Bar chart of 2 figures." },
  { "es_ES.UTF-8", "enero de 2017", "25 de enero de 2017", "44 %", "75 millones de dólares", "12.345",
    "Fuente: ", "Gráfico de barras con 2 cifras." },
  { "pl_PL.UTF-8", "styczeń 2017", "25 stycznia 2017", "44%", "75 mln USD", "12 345",
    "Źródło: ", "Wykres słupkowy z 2 liczbami." },
};

static void
test_locale (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(FvModel) model = NULL;
  g_autofree char *m = NULL, *d = NULL, *y = NULL, *p = NULL, *usd = NULL, *n = NULL;
  g_autofree char *source = NULL, *description = NULL;

  if (!fv_test_use_locale (c->locale))
    {
      g_test_skip ("localedef cannot make this locale here");
      return;
    }

  m = fv_format_date (&month);
  d = fv_format_date (&day);
  y = fv_format_date (&year);
  p = fv_format_number (44, FV_UNIT_PERCENT, NULL);
  usd = fv_format_number (75e6, FV_UNIT_CURRENCY, "USD");
  n = fv_format_number (12345, FV_UNIT_COUNT, NULL);

  g_assert_cmpstr (m, ==, c->month);
  g_assert_cmpstr (d, ==, c->day);
  g_assert_cmpstr (y, ==, "2012");
  g_assert_cmpstr (p, ==, c->percent);
  g_assert_cmpstr (usd, ==, c->dollars);
  /* Grouping characters differ by locale: compare without spaces' kinds. */
  if (strcmp (c->locale, "pl_PL.UTF-8") == 0)
    g_assert_true (g_str_has_prefix (n, "12") && g_str_has_suffix (n, "345") && strlen (n) > 5);
  else
    g_assert_cmpstr (n, ==, c->thousands);

  /* The chart's own words, around the model's text. */
  model = fv_model_new_builtin ();
  read_as (NULL);
  source = fv_chart_get_source_line (model, fv_model_lookup_chart (model, "trust-survey"), READER);
  description = fv_chart_describe (model, fv_model_lookup_chart (model, "trust-survey"), READER);
  g_assert_true (g_str_has_prefix (source, c->source));
  g_assert_true (g_str_has_prefix (description, c->bars));
}

/* A language without a translation reads English. */
static void
test_fallback (void)
{
  g_autoptr(FvModel) model = NULL;
  g_autofree char *description = NULL;

  fv_test_use_language ("de");
  model = fv_model_new_builtin ();
  read_as (NULL);
  description = fv_chart_describe (model, fv_model_lookup_chart (model, "trust-survey"), READER);
  g_assert_true (g_str_has_prefix (description, "Bar chart of 2 figures."));
}

/* Messages follow LANGUAGE even without the locale's month names. */
static void
test_messages_only (void)
{
  g_autoptr(FvModel) model = NULL;
  g_autofree char *description = NULL;

  fv_test_use_language ("es");
  model = fv_model_new_builtin ();
  read_as (NULL);
  description = fv_chart_describe (model, fv_model_lookup_chart (model, "policy-timeline"), READER);
  g_assert_true (g_str_has_prefix (description, "Cronología de 8 eventos."));

  fv_test_use_language ("pl");
  read_as (NULL);
  g_free (description);
  description = fv_chart_describe (model, fv_model_lookup_chart (model, "policy-timeline"), READER);
  g_assert_true (g_str_has_prefix (description, "Oś czasu z 8 wydarzeniami."));
}

/* Dates in the interface's language even where the system's locale is C:
 * the month names are Fact Viewer's own, in the case each language wants
 * ("30 de septiembre de 1996", never "30 de September de 1996"; Polish
 * "około stycznia 2017", genitive after "około"). */
static void
test_dates_without_locale (void)
{
  static const FvDate september = { 1996, 9, 30, FV_DATE_PRECISION_DAY };
  static const struct {
    const char *language, *day, *month, *about_month, *axis_month;
  } expected[] = {
    { "en", "September 30, 1996", "January 2017", "about January 2017", "Jan" },
    { "es", "30 de septiembre de 1996", "enero de 2017", "hacia enero de 2017", "ene" },
    { "pl", "30 września 1996", "styczeń 2017", "około stycznia 2017", "sty" },
  };
  FvEvent about = { .id = "e", .approximate = TRUE };

  about.date = month;
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *d = NULL, *m = NULL, *a = NULL, *axis = NULL;
      g_autoptr(GDateTime) dt = g_date_time_new_local (2017, 1, 25, 12, 0, 0);

      fv_test_use_language (expected[i].language);
      d = fv_format_date (&september);
      m = fv_format_date (&month);
      a = fv_format_event_date (&about);
      axis = fv_format_date_time (dt, "%Ob");
      g_assert_cmpstr (d, ==, expected[i].day);
      g_assert_cmpstr (m, ==, expected[i].month);
      g_assert_cmpstr (a, ==, expected[i].about_month);
      g_assert_cmpstr (axis, ==, expected[i].axis_month);
    }
  fv_test_use_language ("en");
}

static gpointer
describe_in_spanish (gpointer model)
{
  const char *spanish[] = { "es", NULL };

  return fv_chart_describe (model, fv_model_lookup_chart (model, "trust-survey"), spanish);
}

/* A chart in another language than the interface's has its own words in
 * that language too: "Fuente:", its months, its plurals, its numbers; and
 * in English, English, whatever the interface. Each thread its own: a
 * chart drawn in a worker in Spanish leaves the main thread's words as
 * they are. */
static void
test_content_language (void)
{
  static const struct { gulong n, form; } polish[] = {
    { 0, 2 }, { 1, 0 }, { 2, 1 }, { 4, 1 }, { 5, 2 }, { 12, 2 }, { 14, 2 }, { 21, 2 }, { 22, 1 },
    { 25, 2 }, { 102, 1 }, { 112, 2 },
  };
  const char *spanish[] = { "es", NULL };
  const char *polish_reader[] = { "pl", NULL };
  const char *english[] = { "en", NULL };
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *source = NULL, *bars = NULL, *timeline = NULL, *english_bars = NULL;
  g_autofree char *in_thread = NULL, *here = NULL;
  gulong form;

  fv_test_use_language ("en");
  source = fv_chart_get_source_line (model, fv_model_lookup_chart (model, "trust-survey"), spanish);
  bars = fv_chart_describe (model, fv_model_lookup_chart (model, "trust-survey"), spanish);
  g_assert_true (g_str_has_prefix (source, "Fuente: "));
  g_assert_true (g_str_has_prefix (bars, "Gráfico de barras con 2 cifras."));
  /* The survey's 44 percent, as Spanish writes it. */
  g_assert_nonnull (strstr (bars, "44 %"));
  timeline = fv_chart_describe (model, fv_model_lookup_chart (model, "policy-timeline"),
                                polish_reader);
  g_assert_true (g_str_has_prefix (timeline, "Oś czasu z 8 wydarzeniami."));
  /* Dates in its descriptions: Polish month names, in the genitive. */
  g_assert_nonnull (strstr (timeline, "30 września 1996"));

  {
    char *previous = fv_i18n_push_language ("es");
    g_autofree char *count = fv_format_number (12345.5, FV_UNIT_COUNT, NULL);

    g_assert_cmpstr (count, ==, "12.345,5");
    fv_i18n_pop_language (previous);
    previous = fv_i18n_push_language ("pl");
    g_clear_pointer (&count, g_free);
    count = fv_format_number (1234567, FV_UNIT_COUNT, NULL);
    g_assert_cmpstr (count, ==, "1\u00a0234\u00a0567");
    fv_i18n_pop_language (previous);
  }

  /* English content under a Spanish interface: English words. */
  fv_test_use_language ("es");
  english_bars = fv_chart_describe (model, fv_model_lookup_chart (model, "trust-survey"), english);
  g_assert_true (g_str_has_prefix (english_bars, "Bar chart of 2 figures."));

  /* Polish interface, a Spanish chart in a worker: the worker's words are
   * Spanish, the main thread's stay Polish. */
  fv_test_use_language ("pl");
  {
    GThread *thread = g_thread_new ("chart", describe_in_spanish, model);
    char *previous = fv_i18n_push_language ("pl");

    here = fv_chart_describe (model, fv_model_lookup_chart (model, "trust-survey"),
                              polish_reader);
    in_thread = g_thread_join (thread);
    fv_i18n_pop_language (previous);
  }
  g_assert_true (g_str_has_prefix (in_thread, "Gráfico de barras con 2 cifras."));
  g_assert_true (g_str_has_prefix (here, "Wykres słupkowy z 2 liczbami."));
  fv_test_use_language ("en");

  /* The Plural-Forms of pl.po, as gettext reads it. */
  for (guint i = 0; i < G_N_ELEMENTS (polish); i++)
    {
      g_assert_true (fv_i18n_plural_eval ("(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || "
                                          "n%100>=20) ? 1 : 2)", polish[i].n, &form));
      g_assert_cmpuint (form, ==, polish[i].form);
    }
  g_assert_true (fv_i18n_plural_eval ("(n != 1)", 1, &form) && form == 0);
  g_assert_true (fv_i18n_plural_eval ("n != 1", 3, &form) && form == 1);
  g_assert_false (fv_i18n_plural_eval ("n / 0", 3, &form));
  g_assert_false (fv_i18n_plural_eval ("(n == 1", 3, &form));
  g_assert_false (fv_i18n_plural_eval ("exit(1)", 3, &form));
}

/* The fact sheet's paragraphs in LANGUAGE, one a line, each after its
 * style's number. */
static char *
sheet_text (FvModel    *model,
            const char *language)
{
  const char *languages[] = { language, NULL };
  g_autoptr(FvFactSheet) sheet = fv_fact_sheet_new (model, languages);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sheet->blocks->len; i++)
    {
      const Block *block = &g_array_index (sheet->blocks, Block, i);

      if (block->text != NULL)
        g_string_append_printf (text, "%d|%s\n", block->style, block->text);
      else if (block->chart != NULL)
        g_string_append_printf (text, "%d|[chart %s]\n", block->style, block->chart->id);
    }
  return g_string_free (text, FALSE);
}

/* Under each fact, a source once: "[1] …, paragraphs 10 and 11", never
 * "[1] …, paragraph 10" and "[1] …, paragraph 11" on two lines. */
static void
test_sheet_one_line_a_source (void)
{
  static const struct { const char *language, *together, *each; } sheets[] = {
    { "en", ", paragraphs 10 and 11 (article)\n", ", paragraphs 1, 3 and 8 (article)\n" },
    { "es", ", párrafos 10 y 11 (artículo)\n", ", párrafos 1, 3 y 8 (artículo)\n" },
    { "pl", ", akapity 10 i 11 (artykuł)\n", ", akapity 1, 3 i 8 (artykuł)\n" },
  };
  g_autoptr(FvModel) model = fv_model_new_builtin ();

  for (guint c = 0; c < G_N_ELEMENTS (sheets); c++)
    {
      g_autofree char *text = sheet_text (model, sheets[c].language);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      g_assert_nonnull (strstr (text, sheets[c].together));
      g_assert_nonnull (strstr (text, sheets[c].each));
      /* The references under one fact: each number once. */
      for (guint i = 0; lines[i] != NULL; i++)
        {
          int style = atoi (lines[i]);
          const char *line = strchr (lines[i], '|');

          if (style == STYLE_REFERENCE_QUOTE)
            continue;
          if (style != STYLE_REFERENCE || line == NULL || line[1] != '[')
            {
              g_hash_table_remove_all (numbers);
              continue;
            }
          if (!g_hash_table_add (numbers, g_strndup (line + 1, strcspn (line + 1, "]") + 1)))
            g_error ("%s: a source on two lines under one fact: %s", sheets[c].language, line + 1);
        }
    }
}

/* A description is not a title: the built-in story's, in every language,
 * without quotation marks and said to be a description; another story's
 * real title keeps its quotation marks. */
static void
test_sheet_story_description (void)
{
  static const struct { const char *language, *line, *listed; } sheets[] = {
    { "en", "Facts from the story described as: Article on Chicago’s sanctuary city status and "
            "local police [1], each with its source\n",
      "|[1] Described as: Article on Chicago’s sanctuary city status and local police (article)\n" },
    { "es", "Hechos de la noticia descrita como: Artículo sobre la condición de ciudad santuario de "
            "Chicago y la policía local [1], cada uno con su fuente\n",
      "|[1] Descrita como: Artículo sobre la condición de ciudad santuario de Chicago y la policía "
      "local (artículo)\n" },
    { "pl", "Fakty z artykułu opisanego jako: Artykuł o statusie Chicago jako miasta-azylu i o "
            "policji lokalnej [1], każdy ze swoim źródłem\n",
      "|[1] Opisane jako: Artykuł o statusie Chicago jako miasta-azylu i o policji lokalnej "
      "(artykuł)\n" },
  };
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "other-story.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(FvModel) other = fv_model_new_from_file (file, NULL, NULL, NULL);
  g_autofree char *titled = NULL;

  for (guint c = 0; c < G_N_ELEMENTS (sheets); c++)
    {
      g_autofree char *text = sheet_text (model, sheets[c].language);
      g_autofree char *line = g_strdup_printf ("%d|%s", STYLE_META, sheets[c].line);

      g_assert_nonnull (strstr (text, line));
      g_assert_nonnull (strstr (text, sheets[c].listed));
      g_assert_null (strstr (text, "“Article on"));
      g_assert_null (strstr (text, "«Artículo sobre"));
      g_assert_null (strstr (text, "„Artykuł o"));
    }

  g_assert_nonnull (other);
  titled = sheet_text (other, "en");
  g_assert_nonnull (strstr (titled, "|The facts of “The story” [1], each with its source\n"));
  g_assert_nonnull (strstr (titled, "|[1] The story (article)\n"));
}

/* The members of every kind of fact the schema gives references to:
 * those a reference's "fields" may name. */
static void
collect_fact_members (JsonNode   *node,
                      GHashTable *members)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObject *properties = json_object_has_member (object, "properties")
                               ? json_object_get_object_member (object, "properties") : NULL;
      g_autoptr(GList) names = json_object_get_members (object);

      if (properties != NULL && json_object_has_member (properties, "references"))
        {
          g_autoptr(GList) props = json_object_get_members (properties);

          for (GList *p = props; p != NULL; p = p->next)
            if (!g_str_equal (p->data, "id") && !g_str_equal (p->data, "references"))
              g_hash_table_add (members, g_strdup (p->data));
        }
      for (GList *n = names; n != NULL; n = n->next)
        collect_fact_members (json_object_get_member (object, n->data), members);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_fact_members (json_array_get_element (array, i), members);
    }
}

/* Every member a reference may back has a name a reader says, in each
 * language: "for the population" is a member's name, not Spanish. And the
 * sheets of the built-in model have none left over. */
static void
test_field_names_translated (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 "fact-model.schema.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  GHashTableIter iter;
  gpointer member;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  collect_fact_members (json_parser_get_root (parser), members);
  g_assert_true (g_hash_table_contains (members, "population"));
  g_assert_true (g_hash_table_contains (members, "end_date"));

  g_hash_table_iter_init (&iter, members);
  while (g_hash_table_iter_next (&iter, &member, NULL))
    {
      const char *english = NULL;

      for (guint l = 0; l < 3; l++)
        {
          const char *language = (const char *[]) { "en", "es", "pl" }[l];
          char *previous = fv_i18n_push_language (language);
          const char *name = fv_fact_field_name (member);

          /* Known to the table: the English is words, not a member name. */
          if (l == 0)
            {
              english = name;
              if (strchr (name, '_') != NULL || name == member)
                g_error ("“%s” has no name for readers", (char *) member);
            }
          /* Translated: other words than the English ones. */
          else if (g_str_equal (name, english) && !g_str_equal (member, "text"))
            g_error ("“%s” is “%s” in %s too", (char *) member, name, language);
          fv_i18n_pop_language (previous);
        }
    }

  for (guint l = 0; l < 2; l++)
    {
      g_autofree char *text = sheet_text (model, l == 0 ? "es" : "pl");

      g_assert_null (strstr (text, "population"));
      g_assert_nonnull (strstr (text, l == 0 ? "para: población contada\n"
                                             : "dotyczy: badana populacja\n"));
    }
}

/* Amounts as each language writes them: the number, its scale and the
 * currency where the language puts them, in the plural the number asks
 * for; a currency without a word of the language's own by its code. */
static void
test_amounts (void)
{
  static const struct { const char *language; double value; const char *currency, *expected; } amounts[] = {
    { "en", 75e6, "USD", "$75 million" },
    { "es", 75e6, "USD", "75 millones de dólares" },
    { "pl", 75e6, "USD", "75 mln USD" },
    { "es", 1e6, "USD", "1 millón de dólares" },
    { "es", 2.5e6, "EUR", "2,5 millones de euros" },
    { "es", 3e9, "USD", "3 mil millones de dólares" },
    { "es", 750, "USD", "750 dólares" },
    { "en", 75e6, "CAD", "CAD 75 million" },
    { "es", 75e6, "CAD", "75 millones de CAD" },
    { "pl", 2.5e9, "CAD", "2,5 mld CAD" },
  };
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *spanish = sheet_text (model, "es");

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      char *previous = fv_i18n_push_language (amounts[i].language);
      g_autofree char *amount = fv_format_number (amounts[i].value, FV_UNIT_CURRENCY,
                                                  amounts[i].currency);

      fv_i18n_pop_language (previous);
      g_assert_cmpstr (amount, ==, amounts[i].expected);
    }
  g_assert_nonnull (strstr (spanish, "|75 millones de dólares: "));
  g_assert_null (strstr (spanish, "$75 millones"));
}

/* Every quotation shown in another language than it was said in is marked
 * as the model's translation, right under the words said. */
static void
test_sheet_translations_marked (void)
{
  static const struct { const char *language, *mark; } sheets[] = {
    { "es", "Traducción nuestra: " },
    { "pl", "Nasze tłumaczenie: " },
  };
  g_autoptr(FvModel) model = fv_model_new_builtin ();

  for (guint c = 0; c < G_N_ELEMENTS (sheets); c++)
    {
      const char *languages[] = { sheets[c].language, NULL };
      g_autofree char *text = sheet_text (model, sheets[c].language);
      guint n = 0;

      for (guint i = 0; i < fv_model_get_n_statements (model); i++)
        {
          const FvStatement *statement = fv_model_get_statement (model, i);
          const char *translation = fv_model_text (model, &statement->translation, languages);
          g_autofree char *marked = NULL;

          if (statement->kind != FV_STATEMENT_QUOTATION)
            continue;
          g_assert_nonnull (translation);
          marked = g_strdup_printf ("|%s%s\n", sheets[c].mark, translation);
          if (strstr (text, marked) == NULL)
            g_error ("%s: %s is not marked as our translation", sheets[c].language, statement->id);
          n++;
        }
      g_assert_cmpuint (n, >=, 10);
    }
}

/* Each source's publisher in the list of sources in the sheet's
 * language: an institution's official name with its translation beside
 * it, as the model gives it, never the English name alone. */
static void
test_sheet_publishers (void)
{
  static const char *sheets[] = { "en", "es", "pl" };
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  guint n = 0;

  for (guint c = 0; c < G_N_ELEMENTS (sheets); c++)
    {
      const char *languages[] = { sheets[c], NULL };
      g_autofree char *text = sheet_text (model, sheets[c]);

      for (guint i = 0; i < fv_model_get_n_sources (model); i++)
        {
          const FvSource *source = fv_model_get_source (model, i);
          const char *publisher = fv_model_text (model, &source->publisher, languages);
          g_autofree char *listed = NULL;

          if (publisher == NULL)
            continue;
          g_assert_true (g_str_equal (sheets[c], "en") ||
                         !g_str_equal (publisher, source->publisher.original));
          listed = g_strdup_printf (". %s", publisher);
          if (strstr (text, listed) == NULL)
            g_error ("%s: the publisher of %s is not listed", sheets[c], source->id);
          n++;
        }
    }
  g_assert_cmpuint (n, >=, 3 * 5);
}

/* The statements as the tab shows them: the Chicago Police Department's
 * under its name, then the other voices under theirs, then the survey. */
static void
test_sheet_statements_grouped (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  g_autofree char *text = sheet_text (model, "en");
  g_autofree char *lead = g_strdup_printf ("%d|Chicago Police Department\n", STYLE_SUBHEADING);
  g_autofree char *others = g_strdup_printf ("%d|Other voices\n", STYLE_SUBHEADING);
  const char *tab = strstr (text, "|CPD statements\n");
  const char *places[5];

  g_assert_nonnull (tab);
  places[0] = strstr (tab, lead);
  places[1] = strstr (tab, "|“[We do] not conduct immigration enforcement");
  places[2] = strstr (tab, others);
  places[3] = strstr (tab, "|“to perform the functions of an immigration officer");
  places[4] = strstr (tab, "|[chart trust-survey]\n");
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_assert_nonnull (places[i]);
      if (i > 0)
        g_assert_true (places[i - 1] < places[i]);
    }
  g_assert_nonnull (strstr (places[4], "|44%: All Latinos\n"));
  g_assert_null (strstr (places[2] + 1, others));
}

/* References to one source that back different members of a fact: one
 * line, each set of places with what it backs. */
static void
test_citation_fields (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  const FvEvent *order = fv_model_lookup_event (model, "ev-executive-order");
  const char *date[] = { "date", NULL };
  const char *description[] = { "description", "title", NULL };
  FvReference refs[] = {
    { .source = order->references.items[1].source, .locator = "Sec. 8", .fields = date },
    { .source = order->references.items[1].source, .locator = "Sec. 9", .fields = description },
    { .source = order->references.items[1].source, .locator = "Sec. 1", .fields = date },
  };
  FvReferences references = { refs, G_N_ELEMENTS (refs) };
  g_autoptr(GPtrArray) citations = fv_citations_new (&references);
  g_autofree char *line = NULL;

  fv_test_use_language ("en");
  g_assert_cmpuint (citations->len, ==, 1);
  line = fv_format_citation (model, g_ptr_array_index (citations, 0), NULL);
  g_assert_cmpstr (line, ==, "Executive Order 13768, Enhancing Public Safety in the Interior of the "
                             "United States, Sec. 8 and Sec. 1 (public record), for the date; "
                             "Sec. 9, for the description and title");

  /* Quotations under a line of several places say which is theirs; under
   * a line of one, they need not. */
  {
    FvReference quoted[] = {
      { .source = order->references.items[0].source, .paragraph = 11, .quote = "B" },
      { .source = order->references.items[0].source, .paragraph = 10, .quote = "A" },
    };
    FvReferences two = { quoted, G_N_ELEMENTS (quoted) }, one = { quoted, 1 };
    g_autoptr(GPtrArray) both = fv_citations_new (&two);
    g_autoptr(GPtrArray) single = fv_citations_new (&one);
    g_autofree char *both_line = fv_format_citation (model, g_ptr_array_index (both, 0), NULL);
    g_autofree char *first = fv_format_citation_quote (g_ptr_array_index (both, 0), &quoted[0]);
    g_autofree char *alone = fv_format_citation_quote (g_ptr_array_index (single, 0), &quoted[0]);

    g_assert_cmpstr (both_line, ==, "Article on Chicago’s sanctuary city status and local police, "
                                    "paragraphs 10 and 11 (article)");
    g_assert_cmpstr (first, ==, "paragraph 11: “B”");
    g_assert_cmpstr (alone, ==, "“B”");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fv_test_bind_translations ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/locale/%s", cases[i].locale);
      g_test_add_data_func (path, &cases[i], test_locale);
    }
  g_test_add_func ("/i18n/fallback", test_fallback);
  g_test_add_func ("/i18n/messages-only", test_messages_only);
  g_test_add_func ("/i18n/dates-without-locale", test_dates_without_locale);
  g_test_add_func ("/i18n/content-language", test_content_language);
  g_test_add_func ("/i18n/sheet/one-line-a-source", test_sheet_one_line_a_source);
  g_test_add_func ("/i18n/citation/fields", test_citation_fields);
  g_test_add_func ("/i18n/sheet/story-description", test_sheet_story_description);
  g_test_add_func ("/i18n/sheet/field-names", test_field_names_translated);
  g_test_add_func ("/i18n/amounts", test_amounts);
  g_test_add_func ("/i18n/sheet/translations-marked", test_sheet_translations_marked);
  g_test_add_func ("/i18n/sheet/statements-grouped", test_sheet_statements_grouped);
  g_test_add_func ("/i18n/sheet/publishers", test_sheet_publishers);

  return g_test_run ();
}
