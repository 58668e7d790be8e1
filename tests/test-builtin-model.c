/* test-builtin-model.c — the model of the article, checked against it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fv-format.h"
#include "fv-model.h"
#include "fv-test-find.h"
#include "fv-test-reader.h"

static FvModel *
builtin (void)
{
  FvModel *model = fv_model_new_builtin ();

  g_assert_nonnull (model);
  read_as ((const char *[]) { "en", NULL });
  return model;
}

/* The story's title is the model's description of it: the article's
 * headline is not in the text the model was made from. The records'
 * titles are their own. */
static void
test_story_title_is_description (void)
{
  g_autoptr(FvModel) model = builtin ();

  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    {
      const FvSource *source = fv_model_get_source (model, i);

      g_assert_cmpint (source->title_is_description, ==, g_str_equal (source->id, "article"));
      if (source->story)
        g_assert_true (source->title_is_description);
    }
}

/* The read-through's rules on the built-in model: the mayor's answer names
 * the order's words it answers, which come before it; every quotation is
 * in the quote of one of its references, as the words said; only a
 * quotation has a translation. */
static void
test_statement_rules (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvStatement *answer = NULL, *order = NULL;
  guint answers = 0;

  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvStatement *statement = fv_model_get_statement (model, i);

      if (g_str_equal (statement->id, "st-emanuel-sanctuary"))
        answer = statement;
      if (g_str_equal (statement->id, "st-executive-order"))
        order = statement;
      if (statement->answers != NULL)
        {
          g_assert_true (statement->answers < statement);
          answers++;
        }

      if (statement->kind == FV_STATEMENT_PARAPHRASE)
        g_assert_null (statement->translation.original);
      else
        {
          g_autofree char *words = fv_text_fold_quotation (statement->words.original);
          gboolean found = FALSE;

          g_assert_nonnull (statement->translation.translations);
          for (guint r = 0; r < statement->references.n_items; r++)
            {
              g_autofree char *quote = NULL;

              if (statement->references.items[r].quote == NULL)
                continue;
              quote = fv_text_fold_quotation (statement->references.items[r].quote);
              found |= strstr (quote, words) != NULL;
            }
          g_assert_true (found);
        }
    }
  g_assert_nonnull (answer);
  g_assert_true (answer->answers == order);
  g_assert_cmpuint (answers, ==, 1);
}

static void
test_counts (void)
{
  g_autoptr(FvModel) model = builtin ();

  g_assert_cmpuint (fv_model_get_n_sources (model), ==, 8);
  g_assert_cmpuint (fv_model_get_n_actors (model), ==, 17);
  g_assert_cmpuint (fv_model_get_n_events (model), ==, 8);
  g_assert_cmpuint (fv_model_get_n_statements (model), ==, 19);
  g_assert_cmpuint (fv_model_get_n_figures (model), ==, 3);
  g_assert_cmpuint (fv_model_get_n_cases (model), ==, 1);
  g_assert_cmpuint (fv_model_get_n_charts (model), ==, 3);
}

static void
check_references (const FvReferences *refs,
                  guint              *n_article_refs)
{
  g_assert_cmpuint (refs->n_items, >=, 1);

  for (guint i = 0; i < refs->n_items; i++)
    {
      const FvReference *ref = &refs->items[i];

      g_assert_nonnull (ref->source);
      /* A locator is shown as written in every language: signs and
       * numbers ("§ 8"), not one language's words ("Sec. 8"). */
      if (ref->locator != NULL)
        for (const char *p = ref->locator; *p != '\0'; p = g_utf8_next_char (p))
          if (g_unichar_isalpha (g_utf8_get_char (p)) &&
              g_unichar_isalpha (g_utf8_get_char (g_utf8_next_char (p))))
            g_error ("The locator “%s” has words of one language", ref->locator);
      if (ref->source->kind == FV_SOURCE_ARTICLE)
        {
          g_assert_cmpuint (ref->paragraph, >=, 1);
          g_assert_cmpuint (ref->paragraph, <=, ref->source->paragraphs);
          (*n_article_refs)++;
        }
    }
}

/* Every fact has a reference that resolves, and every fact but the public
 * records' dates goes back to a paragraph of the article. */
static void
test_references_resolve (void)
{
  g_autoptr(FvModel) model = builtin ();
  guint n;

  for (guint i = 0; i < fv_model_get_n_actors (model); i++)
    {
      n = 0;
      check_references (&fv_model_get_actor (model, i)->references, &n);
      g_assert_cmpuint (n, >=, 1);
    }
  for (guint i = 0; i < fv_model_get_n_events (model); i++)
    {
      const FvEvent *event = fv_model_get_event (model, i);

      n = 0;
      check_references (&event->references, &n);
      g_assert_cmpuint (n, >=, 1);
      for (guint j = 0; j < event->n_actors; j++)
        g_assert_nonnull (event->actors[j]);
    }
  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvStatement *statement = fv_model_get_statement (model, i);

      n = 0;
      check_references (&statement->references, &n);
      g_assert_cmpuint (n, >=, 1);
      g_assert_nonnull (statement->actor);
    }
  for (guint i = 0; i < fv_model_get_n_figures (model); i++)
    {
      n = 0;
      check_references (&fv_model_get_figure (model, i)->references, &n);
      g_assert_cmpuint (n, >=, 1);
    }
  for (guint i = 0; i < fv_model_get_n_cases (model); i++)
    {
      const FvCase *c = fv_model_get_case (model, i);

      n = 0;
      check_references (&c->references, &n);
      for (guint j = 0; j < c->n_tactics; j++)
        check_references (&c->tactics[j].references, &n);
      for (guint j = 0; j < c->n_outcomes; j++)
        check_references (&c->outcomes[j].references, &n);
      check_references (&c->lesson.references, &n);
    }
}

/* The article's paragraphs, numbered from 1: separated by blank lines. */
static GStrv
read_article (void)
{
  const char *path = g_getenv ("FV_SEED_ARTICLE");
  g_autofree char *text = NULL;
  g_autoptr(GRegex) blank = NULL;

  if (path == NULL || !g_file_get_contents (path, &text, NULL, NULL))
    return NULL;

  blank = g_regex_new ("\\n\\s*\\n", 0, 0, NULL);
  return g_regex_split (blank, text, 0);
}

static void
check_quotes (const FvReferences *refs,
              GStrv               paragraphs,
              guint              *n_quotes)
{
  for (guint i = 0; i < refs->n_items; i++)
    {
      const FvReference *ref = &refs->items[i];

      if (ref->quote == NULL)
        continue;

      g_assert_true (ref->source->kind == FV_SOURCE_ARTICLE);
      g_assert_cmpuint (ref->paragraph, <=, g_strv_length (paragraphs));
      if (strstr (paragraphs[ref->paragraph - 1], ref->quote) == NULL)
        g_error ("“%s” is not in paragraph %u of the article", ref->quote, ref->paragraph);
      (*n_quotes)++;
    }
}

/* Every quoted word is in the article, in the paragraph the model says. */
static void
test_quotes_in_article (void)
{
  g_autoptr(FvModel) model = builtin ();
  g_auto(GStrv) paragraphs = read_article ();
  guint n_quotes = 0;

  if (paragraphs == NULL)
    {
      g_test_skip ("FV_SEED_ARTICLE does not name the article");
      return;
    }

  g_assert_cmpuint (g_strv_length (paragraphs), ==,
                    find_source (model, "article")->paragraphs);

  for (guint i = 0; i < fv_model_get_n_actors (model); i++)
    check_quotes (&fv_model_get_actor (model, i)->references, paragraphs, &n_quotes);
  for (guint i = 0; i < fv_model_get_n_events (model); i++)
    check_quotes (&fv_model_get_event (model, i)->references, paragraphs, &n_quotes);
  for (guint i = 0; i < fv_model_get_n_figures (model); i++)
    check_quotes (&fv_model_get_figure (model, i)->references, paragraphs, &n_quotes);
  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    {
      const FvStatement *statement = fv_model_get_statement (model, i);

      check_quotes (&statement->references, paragraphs, &n_quotes);
      /* A quotation's words are in the article as they were said. */
      if (statement->kind == FV_STATEMENT_QUOTATION)
        {
          gboolean found = FALSE;

          for (guint p = 0; paragraphs[p] != NULL; p++)
            found |= strstr (paragraphs[p], statement->words.original) != NULL;
          g_assert_true (found);
        }
    }
  for (guint i = 0; i < fv_model_get_n_cases (model); i++)
    {
      const FvCase *c = fv_model_get_case (model, i);

      for (guint j = 0; j < c->n_outcomes; j++)
        check_quotes (&c->outcomes[j].references, paragraphs, &n_quotes);
    }

  g_assert_cmpuint (n_quotes, >=, 15);
}

/* Every paragraph of the article contributes a fact. */
static void
test_every_paragraph_used (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvSource *article = find_source (model, "article");
  g_autofree gboolean *used = g_new0 (gboolean, article->paragraphs + 1);

#define MARK(refs) \
  for (guint r = 0; r < (refs)->n_items; r++) \
    if ((refs)->items[r].source == article) \
      used[(refs)->items[r].paragraph] = TRUE

  for (guint i = 0; i < fv_model_get_n_events (model); i++)
    MARK (&fv_model_get_event (model, i)->references);
  for (guint i = 0; i < fv_model_get_n_statements (model); i++)
    MARK (&fv_model_get_statement (model, i)->references);
  for (guint i = 0; i < fv_model_get_n_figures (model); i++)
    MARK (&fv_model_get_figure (model, i)->references);
#undef MARK

  for (guint p = 1; p <= article->paragraphs; p++)
    if (!used[p])
      g_error ("no event, statement or figure comes from paragraph %u", p);
}

static void
test_the_numbers (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvFigure *latinos = fv_model_lookup_figure (model, "fig-latinos-hesitant");
  const FvFigure *undocumented = fv_model_lookup_figure (model, "fig-undocumented-less-likely");
  const FvFigure *paid = fv_model_lookup_figure (model, "fig-maricopa-paid");
  const FvChart *survey = fv_model_lookup_chart (model, "trust-survey");

  g_assert_cmpfloat (latinos->value, ==, 44);
  g_assert_cmpint (latinos->unit, ==, FV_UNIT_PERCENT);
  g_assert_cmpint (latinos->date.year, ==, 2013);
  g_assert_true (latinos->actor == find_actor (model, "nik-theodore"));
  g_assert_cmpfloat (undocumented->value, ==, 70);
  g_assert_cmpfloat (paid->value, ==, 75e6);
  g_assert_cmpint (paid->unit, ==, FV_UNIT_CURRENCY);
  g_assert_cmpstr (paid->currency, ==, "USD");

  g_assert_cmpint (survey->type, ==, FV_CHART_BAR);
  g_assert_cmpint (survey->tab, ==, FV_TAB_STATEMENTS);
  g_assert_cmpuint (survey->n_figures, ==, 2);
  g_assert_true (survey->figures[0] == latinos);
  g_assert_true (survey->figures[1] == undocumented);
}

static void
test_timeline (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvEvent *authority = fv_model_lookup_event (model, "ev-287g-authority");
  const FvEvent *until_2012 = fv_model_lookup_event (model, "ev-287g-until-2012");
  const FvEvent *order = fv_model_lookup_event (model, "ev-executive-order");
  const FvEvent *emanuel = fv_model_lookup_event (model, "ev-emanuel-sanctuary");
  const FvChart *maricopa = fv_model_lookup_chart (model, "maricopa-timeline");
  gboolean date_from_record = FALSE;

  /* The file lists the events as they happened: by date, or after the
   * event the article says one followed. */
  for (guint i = 1; i < fv_model_get_n_events (model); i++)
    {
      const FvEvent *before = fv_model_get_event (model, i - 1);
      const FvEvent *event = fv_model_get_event (model, i);

      g_assert_true (fv_date_compare (&before->date, &event->date) <= 0 || event->after == before);
    }
  g_assert_true (fv_model_get_event (model, 0) == authority);

  /* The law that created the 287(g) authority, dated by the record; and
   * what the article says of the program, which ends in 2012: a year,
   * never a made-up day. */
  g_assert_cmpuint (authority->date.precision, ==, FV_DATE_PRECISION_DAY);
  g_assert_cmpstr (authority->references.items[0].source->id, ==, "iirira-1996");
  g_assert_cmpint (until_2012->date.year, ==, 2012);
  g_assert_cmpuint (until_2012->date.precision, ==, FV_DATE_PRECISION_YEAR);
  g_assert_cmpuint (until_2012->date.month, ==, 0);
  g_assert_cmpuint (until_2012->end.precision, ==, FV_DATE_PRECISION_NONE);

  /* The article says "January"; the day is the public record's. */
  g_assert_cmpuint (order->date.precision, ==, FV_DATE_PRECISION_DAY);
  for (guint i = 0; i < order->references.n_items; i++)
    {
      const FvReference *ref = &order->references.items[i];

      if (ref->source->kind == FV_SOURCE_PUBLIC_RECORD && ref->fields != NULL &&
          g_strv_contains (ref->fields, "date"))
        date_from_record = TRUE;
    }
  g_assert_true (date_from_record);
  /* A citation of a printed record carries the printing's date: the
   * order was signed on the event's day and printed in the Federal
   * Register (82 FR 8799) five days later. The two dates are not one. */
  for (guint i = 0; i < order->references.n_items; i++)
    {
      const FvSource *record = order->references.items[i].source;

      if (record->kind != FV_SOURCE_PUBLIC_RECORD)
        continue;
      g_assert_nonnull (strstr (record->publisher.original, "Federal Register"));
      g_assert_cmpuint (record->date.precision, ==, FV_DATE_PRECISION_DAY);
      g_assert_cmpint (fv_date_compare (&record->date, &order->date), >, 0);
      g_assert_cmpint (record->date.year, ==, 2017);
      g_assert_cmpint (record->date.month, ==, 1);
      g_assert_cmpint (record->date.day, ==, 30);
      g_assert_nonnull (fv_model_text (model, &record->note, NULL));
    }

  g_assert_true (emanuel->approximate);
  g_assert_cmpuint (emanuel->date.precision, ==, FV_DATE_PRECISION_MONTH);

  g_assert_cmpuint (maricopa->n_lanes, ==, 2);
  g_assert_cmpuint (maricopa->lanes[0].n_events, ==, 2);
  g_assert_cmpstr (maricopa->lanes[0].events[0]->id, ==, "ev-melendres-filed");
}

static void
test_statements (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvActor *cpd = find_actor (model, "cpd");
  const FvActor *wooten = find_actor (model, "richard-wooten");
  g_autoptr(GPtrArray) lead_first = fv_model_get_statements_lead_first (model);
  const FvStatement *said;
  guint n_cpd = 0, n_wooten = 0;

  /* The police department is the lead actor: its two statements first,
   * in the file's order. */
  for (guint i = 0; i < lead_first->len; i++)
    {
      said = g_ptr_array_index (lead_first, i);
      n_cpd += said->actor == cpd;
      n_wooten += said->actor == wooten;
      g_assert_true ((said->actor == cpd) == (i < 2));
    }
  g_assert_cmpuint (n_cpd, ==, 2);
  g_assert_cmpuint (n_wooten, ==, 7);
  said = g_ptr_array_index (lead_first, 0);
  g_assert_cmpstr (said->id, ==, "st-cpd-no-enforcement");
  g_assert_cmpint (said->kind, ==, FV_STATEMENT_QUOTATION);
  g_assert_cmpstr (fv_model_text (model, &wooten->role, READER), ==,
                   "Retired police officer who served in Englewood and the Grand Crossing District");

  g_assert_cmpstr (TAB_TITLE (model, FV_TAB_TIMELINE), ==, "Policy timeline");
  g_assert_cmpstr (TAB_TITLE (model, FV_TAB_CASE), ==, "Maricopa County case");
  g_assert_cmpstr (TAB_TITLE (model, FV_TAB_STATEMENTS), ==, "CPD statements");
  g_assert_true (fv_model_get_tab_case (model) == find_case (model, "case-maricopa"));
}

/* The reader's language first, then the model's own. */
static void
test_languages (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "translated.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_file (file, NULL, NULL, &error);
  const FvEvent *event;
  const FvStatement *statement;

  g_assert_no_error (error);
  event = fv_model_lookup_event (model, "ev-1");
  statement = find_statement (model, "st-1");

  read_as ((const char *[]) { "es_MX.UTF-8", "es_MX", "es", "C", NULL });
  g_assert_cmpstr (fv_model_text (model, &event->title, READER), ==, "Algo pasó");
  /* A quotation keeps the words that were said. */
  g_assert_cmpstr (fv_model_text (model, &statement->words, READER), ==, "We will see");
  g_assert_cmpstr (fv_model_text (model, &statement->translation, READER), ==, "Ya veremos");

  read_as ((const char *[]) { "pl_PL.UTF-8", NULL });
  g_assert_cmpstr (fv_model_text (model, &event->title, READER), ==, "Coś się stało");

  read_as ((const char *[]) { "pt_BR", NULL });
  g_assert_cmpstr (fv_model_text (model, &event->title, READER), ==, "Algo aconteceu");

  /* A language the text lacks falls back to the model's. */
  read_as ((const char *[]) { "de_DE.UTF-8", "de", "C", NULL });
  g_assert_cmpstr (fv_model_text (model, &event->title, READER), ==, "Something happened");
  g_assert_cmpstr (fv_model_text (model, &statement->words, READER), ==, "We will see");

  /* A quotation in the reader's language needs no translation. */
  g_assert_null (fv_model_text (model, &statement->translation, READER));

  /* English first wins over a later Spanish. */
  read_as ((const char *[]) { "en_GB", "es", NULL });
  g_assert_cmpstr (fv_model_text (model, &event->title, READER), ==, "Something happened");
}

/* The story in English, Spanish and Polish; a quotation in the words that
 * were said, in every language, with its translation beside it. */
static void
test_builtin_languages (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvEvent *order = fv_model_lookup_event (model, "ev-executive-order");
  const FvStatement *cpd = find_statement (model, "st-cpd-no-enforcement");
  const char * const *languages = fv_model_get_languages (model);
  const char *words = "[We do] not conduct immigration enforcement and this will not change";
  const struct { const char *language, *title, *tab, *translation; } cases[] = {
    { "en_US.UTF-8", "Executive order on local police acting as immigration officers",
      "Policy timeline", NULL },
    { "es_MX.UTF-8", "Orden ejecutiva sobre la policía local como agentes de inmigración",
      "Cronología de las políticas",
      "[Nosotros] no aplicamos las leyes de inmigración y esto no va a cambiar" },
    { "pl_PL.UTF-8", "Rozporządzenie wykonawcze o policji lokalnej w roli funkcjonariuszy "
      "imigracyjnych", "Oś czasu polityki",
      "[My] nie egzekwujemy prawa imigracyjnego i to się nie zmieni" },
  };

  g_assert_cmpuint (g_strv_length ((char **) languages), ==, 3);
  g_assert_cmpstr (languages[0], ==, "en");
  g_assert_cmpstr (languages[1], ==, "es");
  g_assert_cmpstr (languages[2], ==, "pl");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      read_as ((const char *[]) { cases[i].language, NULL });
      g_assert_cmpstr (fv_model_text (model, &order->title, READER), ==, cases[i].title);
      g_assert_cmpstr (TAB_TITLE (model, FV_TAB_TIMELINE), ==, cases[i].tab);
      g_assert_cmpstr (fv_model_text (model, &cpd->words, READER), ==, words);
      g_assert_cmpstr (fv_model_text (model, &cpd->translation, READER), ==, cases[i].translation);
    }
  g_assert_cmpstr (fv_model_get_content_language (model, READER), ==, "pl");
  read_as ((const char *[]) { "de_DE.UTF-8", "de", NULL });
  g_assert_cmpstr (fv_model_get_content_language (model, READER), ==, "en");
}

/* Every text a reader reads is in all three languages. */
static void
test_builtin_translations_complete (void)
{
  g_autoptr(FvModel) model = builtin ();
  g_autoptr(GArray) stats = NULL;
  g_autoptr(GPtrArray) warnings = fv_model_check_translations (model, &stats);

  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("%s", ((FvProblem *) g_ptr_array_index (warnings, i))->path);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpuint (stats->len, ==, 2);
  for (guint i = 0; i < stats->len; i++)
    {
      const FvTranslationStats *s = &g_array_index (stats, FvTranslationStats, i);

      g_assert_cmpuint (s->n_texts, >, 100);
      g_assert_cmpuint (s->n_missing, ==, 0);
    }
}

static void
test_date_compare (void)
{
  FvDate year = { 2017, 0, 0, FV_DATE_PRECISION_YEAR };
  FvDate month = { 2017, 1, 0, FV_DATE_PRECISION_MONTH };
  FvDate day = { 2017, 1, 25, FV_DATE_PRECISION_DAY };
  FvDate earlier = { 2016, 11, 8, FV_DATE_PRECISION_DAY };
  FvDate parsed;

  g_assert_cmpint (fv_date_compare (&year, &month), <, 0);
  g_assert_cmpint (fv_date_compare (&month, &day), <, 0);
  g_assert_cmpint (fv_date_compare (&earlier, &year), <, 0);
  g_assert_cmpint (fv_date_compare (&day, &day), ==, 0);
  g_assert_true (fv_date_parse_iso ("2017", &parsed));
  g_assert_cmpint (fv_date_compare (&parsed, &year), ==, 0);
  g_assert_true (fv_date_parse_iso ("2017-01-25", &parsed));
  g_assert_cmpint (fv_date_compare (&parsed, &day), ==, 0);
}

/* Day numbers are GDate's Julian days, by arithmetic: checked on every day
 * of years that test the leap rules, and on each precision's span. */
static void
test_day_number (void)
{
  static const int years[] = { 1, 2, 4, 100, 200, 400, 1582, 1600, 1900, 1996, 2000, 2016,
                               2017, 2100, 2400, 9999 };
  const FvDate year = { 2016, 0, 0, FV_DATE_PRECISION_YEAR };
  const FvDate december = { 2016, 12, 0, FV_DATE_PRECISION_MONTH };
  const FvDate leap_day = { 2016, 2, 29, FV_DATE_PRECISION_DAY };

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    for (int m = 1; m <= 12; m++)
      for (int d = 1; d <= g_date_get_days_in_month (m, years[y]); d++)
        {
          g_autoptr(GDate) date = g_date_new_dmy (d, m, years[y]);

          g_assert_cmpint (fv_day_number (years[y], m, d), ==, g_date_get_julian (date));
        }

  g_assert_cmpint (fv_date_first_day (&year), ==, fv_day_number (2016, 1, 1));
  g_assert_cmpint (fv_date_day_after (&year), ==, fv_day_number (2017, 1, 1));
  g_assert_cmpint (fv_date_first_day (&december), ==, fv_day_number (2016, 12, 1));
  g_assert_cmpint (fv_date_day_after (&december), ==, fv_day_number (2017, 1, 1));
  g_assert_cmpint (fv_date_day_after (&leap_day), ==, fv_day_number (2016, 3, 1));

  /* The last month and year a model can have still end after they begin:
   * a period in them is not drawn as nothing. */
  {
    const FvDate last_month = { 9999, 12, 0, FV_DATE_PRECISION_MONTH };
    const FvDate last_year = { 9999, 0, 0, FV_DATE_PRECISION_YEAR };
    const FvDate last_day = { 9999, 12, 31, FV_DATE_PRECISION_DAY };

    g_assert_cmpint (fv_date_day_after (&last_month), ==, fv_date_first_day (&last_month) + 31);
    g_assert_cmpint (fv_date_day_after (&last_year), ==, fv_date_first_day (&last_year) + 365);
    g_assert_cmpint (fv_date_day_after (&last_day), ==, fv_date_first_day (&last_day) + 1);
  }
}

static guint
position_of (const FvEvent **events,
             guint           n,
             const FvEvent  *event)
{
  for (guint i = 0; i < n; i++)
    if (events[i] == event)
      return i;
  return G_MAXUINT;
}

/* An event the article places after another sorts after it, wherever
 * events are listed and drawn: the mayor answered the order (paragraph 1),
 * though the article dates his answer only by the order's month. */
static void
test_after_order (void)
{
  g_autoptr(FvModel) model = builtin ();
  const FvEvent **by_date = fv_model_get_events_by_date (model);
  guint n = fv_model_get_n_events (model);
  const FvEvent *order = fv_model_lookup_event (model, "ev-executive-order");
  const FvEvent *answer = fv_model_lookup_event (model, "ev-emanuel-sanctuary");

  g_assert_true (answer->after == order);
  g_assert_cmpuint (position_of (by_date, n, answer), ==, position_of (by_date, n, order) + 1);
  /* Drawn no earlier than the order's day. */
  g_assert_cmpint (fv_event_get_first_day (answer), ==, fv_date_first_day (&order->date));

  /* Every "after" holds in the list of all events and in each lane. */
  for (guint i = 0; i < n; i++)
    {
      const FvEvent *event = by_date[i];

      if (event->after == NULL)
        continue;
      g_assert_cmpuint (position_of (by_date, n, event->after), <, i);
      for (guint c = 0; c < fv_model_get_n_charts (model); c++)
        {
          const FvChart *chart = fv_model_get_chart (model, c);

          for (guint l = 0; l < chart->n_lanes; l++)
            {
              const FvChartLane *lane = &chart->lanes[l];
              guint at = position_of (lane->events, lane->n_events, event);
              guint before = position_of (lane->events, lane->n_events, event->after);

              if (at != G_MAXUINT && before != G_MAXUINT)
                g_assert_cmpuint (before, <, at);
            }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/builtin/counts", test_counts);
  g_test_add_func ("/model/builtin/references-resolve", test_references_resolve);
  g_test_add_func ("/model/builtin/quotes-in-article", test_quotes_in_article);
  g_test_add_func ("/model/builtin/every-paragraph-used", test_every_paragraph_used);
  g_test_add_func ("/model/builtin/numbers", test_the_numbers);
  g_test_add_func ("/model/builtin/timeline", test_timeline);
  g_test_add_func ("/model/builtin/statements", test_statements);
  g_test_add_func ("/model/languages", test_languages);
  g_test_add_func ("/model/builtin/languages", test_builtin_languages);
  g_test_add_func ("/model/builtin/translations-complete", test_builtin_translations_complete);
  g_test_add_func ("/model/builtin/after", test_after_order);
  g_test_add_func ("/model/builtin/story-title-is-description", test_story_title_is_description);
  g_test_add_func ("/model/builtin/statement-rules", test_statement_rules);
  g_test_add_func ("/model/date/compare", test_date_compare);
  g_test_add_func ("/model/date/day-number", test_day_number);

  return g_test_run ();
}
