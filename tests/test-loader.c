/* test-loader.c — every kind of bad input, each with its exact place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "fv-model.h"
#include "fv-test-find.h"

typedef struct
{
  const char   *name;
  FvModelError  code;
  guint         line;
  guint         column;
  const char   *path;  /* a pattern: '*' matches anything */
  const char   *message;  /* the problem's whole message, where a test says it */
} BadFixture;

/* The first problem of each file in fixtures/bad/. */
static const BadFixture bad_fixtures[] = {
  { "after-circle", FV_MODEL_ERROR_DATE, 52, 7, "$.events[0].after" },
  { "after-dated-before", FV_MODEL_ERROR_DATE, 57, 7, "$.events[1].after" },
  { "amount-negative", FV_MODEL_ERROR_VALUE, 44, 7, "$.figures[0].value" },
  { "axis-below-figure", FV_MODEL_ERROR_VALUE, 18, 39, "$.charts[0].data.axis_max" },
  { "chart-on-missing-tab", FV_MODEL_ERROR_REFERENCE, 16, 36, "$.charts[0].tab" },
  { "date-bad-form", FV_MODEL_ERROR_DATE, 24, 7, "$.events[0].date" },
  { "date-end-before-start", FV_MODEL_ERROR_DATE, 26, 7, "$.events[0].end_date" },
  { "date-nonexistent", FV_MODEL_ERROR_DATE, 24, 7, "$.events[0].date" },
  { "date-precision-disagrees", FV_MODEL_ERROR_DATE, 25, 7, "$.events[0].precision" },
  { "deep-nesting", FV_MODEL_ERROR_TOO_DEEP, 1, 91, "$.x[0][0]*" },
  { "duplicate-id", FV_MODEL_ERROR_DUPLICATE_ID, 42, 7, "$.figures[0].id" },
  { "duplicate-key", FV_MODEL_ERROR_DUPLICATE_KEY, 5, 3, "$.title" },
  { "encoding-invalid-utf8", FV_MODEL_ERROR_ENCODING, 17, 19, "$.actors[0].name" },
  { "encoding-lone-surrogate", FV_MODEL_ERROR_ENCODING, 26, 27, "$.events[0].title" },
  { "encoding-nul-byte", FV_MODEL_ERROR_SYNTAX, 43, 25, "$.figures[0].label" },
  { "encoding-nul-escape", FV_MODEL_ERROR_ENCODING, 36, 24, "$.statements[0].words" },
  { "event-before-circle", FV_MODEL_ERROR_DATE, 33, 7, "$.events[1].before",
    "“ev-2” is placed before or after itself through “before”, “after” or “between”" },
  { "event-before-unknown", FV_MODEL_ERROR_REFERENCE, 33, 7, "$.events[1].before",
    "No event has the id “ev-nope”" },
  { "event-between-reversed", FV_MODEL_ERROR_DATE, 40, 7, "$.events[2].between",
    "“ev-0” comes before “ev-1”: “between” names the earlier event first" },
  { "event-date-missing", FV_MODEL_ERROR_MISSING, 23, 5, "$.events[0]",
    "The required member “date” is missing: give it as precisely as the sources do (“2017”, "
    "“2017-01” or “2017-01-25”), or, when no date is known, place the event with “before”, "
    "“after” or “between” (docs/fact-model.md, “events”)" },
  { "event-dated-before", FV_MODEL_ERROR_VALUE, 28, 7, "$.events[0].before",
    "Only an event without a date is placed by “before” or “between”: leave it out, or use "
    "“after” where the dates cannot say the order" },
  { "figure-subject-unknown", FV_MODEL_ERROR_REFERENCE, 47, 7, "$.figures[0].subject",
    "No actor has the id “nobody”" },
  { "kind-unknown", FV_MODEL_ERROR_VALUE, 16, 7, "$.actors[0].kind" },
  { "member-misspelt", FV_MODEL_ERROR_MISSING, 23, 5, "$.events[0]",
    "The required member “title” is missing: is “titel” meant?" },
  { "missing-title", FV_MODEL_ERROR_MISSING, 22, 5, "$.events[0]" },
  { "number-double-overflow", FV_MODEL_ERROR_NUMBER_RANGE, 44, 16, "$.figures[0].value" },
  { "number-huge-int", FV_MODEL_ERROR_NUMBER_RANGE, 11, 76, "$.sources[0].paragraphs" },
  { "number-int-overflow", FV_MODEL_ERROR_NUMBER_RANGE, 11, 76, "$.sources[0].paragraphs" },
  { "number-underflow", FV_MODEL_ERROR_NUMBER_RANGE, 45, 16, "$.figures[0].value" },
  { "paraphrase-in-parts", FV_MODEL_ERROR_TYPE, 37, 7, "$.statements[0].words",
    "Only a quotation is given in parts; a paraphrase is a text in your own words" },
  { "paraphrase-translated", FV_MODEL_ERROR_VALUE, 37, 7, "$.statements[0].translation",
    "Only a quotation has a “translation”; a paraphrase is translated in “words”" },
  { "percent-out-of-range", FV_MODEL_ERROR_VALUE, 44, 7, "$.figures[0].value" },
  { "qualifier-unknown", FV_MODEL_ERROR_VALUE, 47, 7, "$.figures[0].qualifier",
    "“more_than” is not one of “at_least”, “about”, “at_most”, “up_to”" },
  { "quotation-not-in-quote", FV_MODEL_ERROR_REFERENCE, 36, 7, "$.statements[0].words",
    "A quotation needs a reference whose “quote” holds these exact words; where the story "
    "interrupts them (“…,” she said, “…”), give the parts as an array, \"words\": [\"…\", "
    "\"…\"], each in a quote" },
  { "quotation-part-not-quoted", FV_MODEL_ERROR_REFERENCE, 37, 33, "$.statements[0].words[1]",
    "No reference’s “quote” holds this part of the quotation: give each part in the quote of "
    "one of the references" },
  { "quotation-parts-one", FV_MODEL_ERROR_VALUE, 37, 7, "$.statements[0].words",
    "A quotation in parts has at least two: give a quotation of one part as a string" },
  { "quotation-translated-into-own", FV_MODEL_ERROR_VALUE, 38, 24, "$.statements[0].translation.en" },
  { "quotation-words-dropped", FV_MODEL_ERROR_REFERENCE, 36, 7, "$.statements[0].words",
    "A quotation needs a reference whose “quote” holds these exact words; where the story "
    "interrupts them (“…,” she said, “…”), give the parts as an array, \"words\": [\"…\", "
    "\"…\"], each in a quote" },
  { "reckoning-without-fields", FV_MODEL_ERROR_MISSING, 30, 24,
    "$.events[0].references[0].reckoning",
    "A reckoning backs the values worked out: say which with “fields”, such as [\"date\"]" },
  { "reference-fields-absent-member", FV_MODEL_ERROR_VALUE, 39, 35,
    "$.statements[0].references[0].fields[0]",
    "This fact has no “date” for the reference to back: name a member it has, or give it" },
  { "reference-fields-id", FV_MODEL_ERROR_VALUE, 29, 68, "$.events[0].references[0].fields[0]" },
  { "reference-paragraph-out-of-range", FV_MODEL_ERROR_REFERENCE, 37, 41, "$.statements[0].references[0].paragraph" },
  { "reference-paragraph-zero", FV_MODEL_ERROR_VALUE, 37, 41, "$.statements[0].references[0].paragraph" },
  { "reference-unknown-actor", FV_MODEL_ERROR_REFERENCE, 34, 7, "$.statements[0].actor" },
  { "reference-unknown-source", FV_MODEL_ERROR_REFERENCE, 46, 24, "$.figures[0].references[0].source" },
  { "reference-wrong-kind", FV_MODEL_ERROR_REFERENCE, 27, 18, "$.events[0].actors[0]" },
  { "references-empty", FV_MODEL_ERROR_MISSING, 46, 7, "$.figures[0].references" },
  { "references-missing", FV_MODEL_ERROR_MISSING, 41, 5, "$.figures[0]" },
  { "root-not-object", FV_MODEL_ERROR_TYPE, 1, 1, "$" },
  { "several-problems", FV_MODEL_ERROR_DATE, 24, 7, "$.events[0].date" },
  { "source-stored-copy-without-url", FV_MODEL_ERROR_VALUE, 12, 7, "$.sources[0].stored_copy",
    "A stored copy is of a web page: give the page’s “url” too" },
  { "source-text-file-outside", FV_MODEL_ERROR_VALUE, 12, 7, "$.sources[0].text_file",
    "“../texts/article.txt” is not the name of a file in the model’s folder or below it" },
  { "sources-empty", FV_MODEL_ERROR_MISSING, 10, 3, "$.sources" },
  { "statement-answers-later", FV_MODEL_ERROR_REFERENCE, 37, 7, "$.statements[0].answers",
    "This statement comes before the statement it answers, “st-order”: put what is answered "
    "first" },
  { "syntax-bare-word", FV_MODEL_ERROR_SYNTAX, 25, 20, "$.events[0].precision" },
  { "syntax-comment", FV_MODEL_ERROR_SYNTAX, 3, 21, "$.language" },
  { "syntax-empty", FV_MODEL_ERROR_SYNTAX, 1, 1, "$" },
  { "syntax-hex", FV_MODEL_ERROR_SYNTAX, 44, 16, "$.figures[0].value" },
  { "syntax-leading-dot", FV_MODEL_ERROR_SYNTAX, 44, 16, "$.figures[0].value" },
  { "syntax-octal", FV_MODEL_ERROR_SYNTAX, 44, 16, "$.figures[0].value" },
  { "syntax-single-quotes", FV_MODEL_ERROR_SYNTAX, 4, 3, "$.language" },
  { "syntax-trailing-comma", FV_MODEL_ERROR_SYNTAX, 11, 77, "$.sources[0].paragraphs" },
  { "syntax-two-values", FV_MODEL_ERROR_SYNTAX, 51, 1, "$" },
  { "syntax-unclosed", FV_MODEL_ERROR_SYNTAX, 49, 1, "$.figures" },
  { "syntax-whitespace-only", FV_MODEL_ERROR_SYNTAX, 3, 3, "$" },
  { "text-bad-language-tag", FV_MODEL_ERROR_VALUE, 17, 34, "$.actors[0].name.spanish" },
  { "text-combining-marks", FV_MODEL_ERROR_VALUE, 27, 7, "$.events[0].title" },
  { "text-empty", FV_MODEL_ERROR_VALUE, 43, 7, "$.figures[0].label" },
  { "text-invisible", FV_MODEL_ERROR_VALUE, 27, 7, "$.events[0].title" },
  { "text-language-twice", FV_MODEL_ERROR_DUPLICATE_KEY, 4, 39, "$.title.EN" },
  { "text-missing-original", FV_MODEL_ERROR_MISSING, 17, 7, "$.actors[0].name" },
  { "title-bidi-override", FV_MODEL_ERROR_VALUE, 27, 7, "$.events[0].title" },
  { "title-is-description-not-boolean", FV_MODEL_ERROR_TYPE, 12, 7,
    "$.sources[0].title_is_description", "Expected true or false, found a string" },
  { "unit-currency-unknown", FV_MODEL_ERROR_VALUE, 46, 7, "$.figures[0].unit" },
  { "unit-lower-case", FV_MODEL_ERROR_VALUE, 46, 7, "$.figures[0].unit",
    "“usd” is not a unit: currency codes are written in capitals, “USD”" },
  { "unit-unknown", FV_MODEL_ERROR_VALUE, 45, 7, "$.figures[0].unit" },
  { "unknown-member", FV_MODEL_ERROR_UNKNOWN_MEMBER, 26, 7, "$.events[0].colour",
    "“colour” is not a member the fact model knows here (docs/fact-model.md lists the members of "
    "each kind)" },
  { "url-backslash", FV_MODEL_ERROR_VALUE, 12, 7, "$.sources[0].url" },
  { "url-not-http", FV_MODEL_ERROR_VALUE, 11, 79, "$.sources[0].url" },
  { "value-string", FV_MODEL_ERROR_TYPE, 45, 7, "$.figures[0].value",
    "Expected a number, found a string: write it without quotation marks or signs, as in "
    "\"value\": 626000000" },
  { "version-missing", FV_MODEL_ERROR_VERSION, 1, 1, "$" },
  { "version-not-integer", FV_MODEL_ERROR_TYPE, 2, 3, "$.schema_version" },
  { "version-unknown", FV_MODEL_ERROR_VERSION, 2, 3, "$.schema_version" },
  { "wrong-type", FV_MODEL_ERROR_TYPE, 26, 7, "$.events[0].title" },
};

static FvModel *
load_fixture (const char  *dir,
              const char  *name,
              GPtrArray  **problems,
              GError     **error)
{
  g_autofree char *file_name = g_strconcat (name, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return fv_model_new_from_file (file, NULL, problems, error);
}

static void
test_bad_fixture (gconstpointer data)
{
  const BadFixture *fixture = data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  g_autofree char *expected_place = NULL;
  const FvProblem *problem;

  model = load_fixture ("bad", fixture->name, &problems, &error);

  g_assert_null (model);
  g_assert_error (error, FV_MODEL_ERROR, (int) fixture->code);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >=, 1);

  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, fixture->code);
  g_assert_cmpuint (problem->line, ==, fixture->line);
  g_assert_cmpuint (problem->column, ==, fixture->column);
  g_assert_nonnull (problem->path);
  if (!g_pattern_match_simple (fixture->path, problem->path))
    g_error ("path %s does not match %s", problem->path, fixture->path);

  /* The message names the place as PATH:LINE:COLUMN: $.path: */
  expected_place = g_strdup_printf ("%s.json:%u:%u: %s: ", fixture->name, fixture->line,
                                    fixture->column, problem->path);
  g_assert_nonnull (strstr (error->message, expected_place));
  if (fixture->message != NULL)
    {
      g_autofree char *expected = g_strconcat (expected_place, fixture->message, "\n", NULL);
      g_autofree char *message = g_strconcat (error->message, "\n", NULL);

      if (strstr (message, expected) == NULL)
        g_error ("“%s” does not hold “%s”", error->message, expected);
    }
}

/* Every fixture file is in the table, so none is left untested. */
static void
test_bad_fixtures_all_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fixtures", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      n_files++;
      for (guint i = 0; i < G_N_ELEMENTS (bad_fixtures); i++)
        listed |= (strlen (name) == strlen (bad_fixtures[i].name) + 5 &&
                   g_str_has_prefix (name, bad_fixtures[i].name));
      if (!listed)
        g_error ("fixtures/bad/%s has no expectation in test-loader.c", name);
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (bad_fixtures));
}

static void
test_several_problems (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  const struct { FvModelError code; guint line; const char *path; } expected[] = {
    { FV_MODEL_ERROR_DATE, 24, "$.events[0].date" },
    { FV_MODEL_ERROR_REFERENCE, 34, "$.statements[0].actor" },
    { FV_MODEL_ERROR_VALUE, 44, "$.figures[0].value" },
  };
  g_auto(GStrv) lines = NULL;

  model = load_fixture ("bad", "several-problems", &problems, &error);
  g_assert_null (model);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const FvProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpint (problem->code, ==, expected[i].code);
      g_assert_cmpuint (problem->line, ==, expected[i].line);
      g_assert_cmpstr (problem->path, ==, expected[i].path);
    }

  /* One line of the error message per problem. */
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected));
}

/* A long list of ids, one of them twice: found once, at its place. */
static void
test_id_twice_in_long_list (void)
{
  GString *json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\", "
                                "\"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": "
                                "{\"title\": \"b\"}, \"statements\": {\"title\": \"c\"}}, "
                                "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", "
                                "\"title\": \"S\"}], \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FvModel) model = NULL;
  const FvProblem *problem;
  const guint n = 5000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2000\", \"title\": \"E\", "
                            "\"references\": [{\"source\": \"s\"}]}", i ? ", " : "", i);
  g_string_append (json, "], \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", "
                   "\"tab\": \"timeline\", \"title\": \"C\", \"data\": {\"events\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "\"e%u\", ", i);
  g_string_append (json, "\"e1234\"]}}]}");
  bytes = g_string_free_to_bytes (json);

  model = fv_model_new_from_bytes (bytes, "long.json", &problems, NULL);
  g_assert_null (model);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, FV_MODEL_ERROR_VALUE);
  g_assert_cmpstr (problem->path, ==, "$.charts[0].data.events[5000]");
  g_assert_nonnull (strstr (problem->message, "“e1234” is in this list twice"));
}

/* A model whose events are ordered by "after" alone: each in the file
 * after the one it follows, all of one month, so that every event must be
 * moved. Ordering them searched the array for each move, and checking for
 * circles walked each chain from each event: 20,000 of them kept the
 * loader busy for minutes. The order that comes out is the chain's. */
static void
test_after_chain (void)
{
  GString *json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\", "
                                "\"tabs\": {\"timeline\": {\"title\": \"a\"}}, "
                                "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", "
                                "\"title\": \"S\"}], \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FvModel) model = NULL;
  const FvEvent **events;
  const guint n = 20000;

  for (guint i = n; i-- > 0;)
    {
      g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"2020-01\", "
                              "\"title\": \"E\", \"references\": [{\"source\": \"s\"}]",
                              i + 1 < n ? ", " : "", i);
      if (i > 0)
        g_string_append_printf (json, ", \"after\": \"e%u\"", i - 1);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "], \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", "
                   "\"tab\": \"timeline\", \"title\": \"C\"}]}");
  bytes = g_string_free_to_bytes (json);

  model = fv_model_new_from_bytes (bytes, "chain.json", &problems, NULL);
  g_assert_nonnull (model);
  events = fv_model_get_events_by_date (model);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);

      g_assert_cmpstr (events[i]->id, ==, id);
    }
  /* The chart's lane, sorted the same way. */
  g_assert_cmpstr (fv_model_get_chart (model, 0)->lanes[0].events[0]->id, ==, "e0");
  g_assert_cmpstr (fv_model_get_chart (model, 0)->lanes[0].events[n - 1]->id, ==, "e19999");
}

/* "after" moves only what its date cannot place: an event dated later
 * than the one it follows keeps its date's place; one that leads into a
 * circle is refused with those in it. */
static void
test_after_order (void)
{
  static const char json[] =
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\", "
    "\"tabs\": {\"timeline\": {\"title\": \"a\"}}, "
    "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}], \"events\": ["
    "{\"id\": \"c\", \"date\": \"2017-01\", \"title\": \"C\", \"after\": \"b\", "
    "\"references\": [{\"source\": \"s\"}]},"
    "{\"id\": \"late\", \"date\": \"2018-05-01\", \"title\": \"L\", \"after\": \"a\", "
    "\"references\": [{\"source\": \"s\"}]},"
    "{\"id\": \"a\", \"date\": \"2017-01-10\", \"title\": \"A\", "
    "\"references\": [{\"source\": \"s\"}]},"
    "{\"id\": \"x\", \"date\": \"2017-01-20\", \"title\": \"X\", "
    "\"references\": [{\"source\": \"s\"}]},"
    "{\"id\": \"b\", \"date\": \"2017-01-15\", \"title\": \"B\", \"after\": \"a\", "
    "\"references\": [{\"source\": \"s\"}]}],"
    "\"charts\": [{\"id\": \"t\", \"type\": \"timeline\", \"tab\": \"timeline\", \"title\": \"T\"}]}";
  static const char *order[] = { "a", "b", "c", "x", "late" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FvModel) model = NULL;
  g_autoptr(GBytes) circle = NULL;
  g_autofree char *circled = NULL;
  const FvEvent **events;

  model = fv_model_new_from_bytes (bytes, "order.json", &problems, NULL);
  g_assert_nonnull (model);
  events = fv_model_get_events_by_date (model);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (events[i]->id, ==, order[i]);

  /* a → b → a is a circle; x only leads into it, and is refused too. */
  circled = g_strdup (json);
  {
    g_autoptr(GString) str = g_string_new (json);

    g_string_replace (str, "\"title\": \"A\", ", "\"title\": \"A\", \"after\": \"b\", ", 1);
    g_string_replace (str, "\"title\": \"X\", ", "\"title\": \"X\", \"after\": \"a\", ", 1);
    g_free (circled);
    circled = g_strdup (str->str);
  }
  circle = g_bytes_new (circled, strlen (circled));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_null (fv_model_new_from_bytes (circle, "circle.json", &problems, NULL));
  /* Every event of the five leads into the circle or is in it. */
  g_assert_cmpuint (problems->len, ==, 5);
  for (guint i = 0; i < problems->len; i++)
    {
      const FvProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *path = g_strdup_printf ("$.events[%u].after", i);

      g_assert_cmpint (problem->code, ==, FV_MODEL_ERROR_DATE);
      g_assert_cmpstr (problem->path, ==, path);
      g_assert_nonnull (strstr (problem->message, "comes after itself"));
    }
}

/* A file with more problems than are worth keeping: the first
 * FV_PROBLEMS_MAX, in order, then one line that counts the rest. */
static void
test_problems_capped (void)
{
  GString *json = g_string_new ("{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\", "
                                "\"tabs\": {\"timeline\": {\"title\": \"a\"}, \"case\": "
                                "{\"title\": \"b\"}, \"statements\": {\"title\": \"c\"}}, "
                                "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", "
                                "\"title\": \"S\"}], \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  g_auto(GStrv) lines = NULL;
  const FvProblem *last;
  const guint n = FV_PROBLEMS_MAX + 500;

  /* Each event on its own line, with a date that does not exist. */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s\n{\"id\": \"e%u\", \"date\": \"2017-13-01\", "
                            "\"title\": \"E\", \"references\": [{\"source\": \"s\"}]}",
                            i ? "," : "", i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (json);

  model = fv_model_new_from_bytes (bytes, "many.json", &problems, &error);
  g_assert_null (model);
  g_assert_cmpuint (problems->len, ==, FV_PROBLEMS_MAX + 1);
  for (guint i = 1; i < FV_PROBLEMS_MAX; i++)
    g_assert_cmpuint (((FvProblem *) g_ptr_array_index (problems, i))->line, ==, i + 2);
  last = g_ptr_array_index (problems, FV_PROBLEMS_MAX);
  g_assert_cmpuint (last->n_more, ==, 500);
  g_assert_cmpstr (last->message, ==, "and 500 more problems");

  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, FV_PROBLEMS_MAX + 1);
  g_assert_cmpstr (lines[FV_PROBLEMS_MAX], ==, "many.json: and 500 more problems");
}

/* TEXT with its first OLD replaced by NEW. */
static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

/* A count past 2^63 is too large, not "not whole" (and is never cast to an
 * integer, which would be undefined). */
static void
test_count_too_large (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good", "minimal.json",
                                                 NULL);
  g_autofree char *text = NULL;
  g_autofree char *counted = NULL;
  g_autofree char *huge = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FvModel) model = NULL;
  const FvProblem *problem;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  counted = replace_once (text, "\"unit\": \"percent\"", "\"unit\": \"count\"");
  huge = replace_once (counted, "\"value\": 44", "\"value\": 1e19");
  bytes = g_bytes_new (huge, strlen (huge));

  model = fv_model_new_from_bytes (bytes, "count.json", &problems, NULL);
  g_assert_null (model);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, FV_MODEL_ERROR_VALUE);
  g_assert_cmpstr (problem->path, ==, "$.figures[0].value");
  g_assert_nonnull (strstr (problem->message, "too large"));
}

/* A story with a timeline only: the case and statements tabs are optional,
 * and a tab the model gives without anything on it is not shown. */
static void
test_optional_tabs (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = load_fixture ("good", "timeline-only", &problems, &error);
  g_autoptr(FvModel) minimal = NULL;
  g_autoptr(FvModel) builtin = fv_model_new_builtin ();

  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_true (fv_model_has_tab (model, FV_TAB_TIMELINE));
  g_assert_false (fv_model_has_tab (model, FV_TAB_CASE));
  g_assert_false (fv_model_has_tab (model, FV_TAB_STATEMENTS));

  /* minimal.json gives a case tab, but has no case and no chart for it. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  minimal = load_fixture ("good", "minimal", &problems, &error);
  g_assert_nonnull (minimal);
  g_assert_false (fv_model_has_tab (minimal, FV_TAB_CASE));
  g_assert_true (fv_model_has_tab (minimal, FV_TAB_STATEMENTS));

  for (FvTab t = 0; t < FV_N_TABS; t++)
    g_assert_true (fv_model_has_tab (builtin, t));
}

/* What another story needs of the format: a date whose form says its
 * precision, a quotation written once (its reference quotes it), a web
 * source read on a date, the story marked as such, a locator other than a
 * paragraph, and the case's own headings. */
static void
test_other_story (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = load_fixture ("good", "other-story", &problems, &error);
  const FvStatement *statement;
  const FvSource *story;
  const FvEvent *event;
  const FvCase *c;

  g_assert_no_error (error);
  g_assert_nonnull (model);
  event = fv_model_get_event (model, 0);
  g_assert_cmpint (event->date.precision, ==, FV_DATE_PRECISION_MONTH);
  g_assert_cmpstr (event->references.items[1].locator, ==, "item 4");
  statement = fv_model_get_statement (model, 0);
  g_assert_cmpstr (statement->references.items[0].quote, ==, "We will see");
  story = find_source (model, "story");
  g_assert_true (story->story);
  g_assert_false (find_source (model, "minutes")->story);
  g_assert_cmpint (story->accessed.year, ==, 2024);
  g_assert_cmpint (story->accessed.precision, ==, FV_DATE_PRECISION_DAY);
  c = find_case (model, "town");
  g_assert_cmpstr (c->tactics_heading.original, ==, "What it tried");
  g_assert_cmpstr (c->outcomes_heading.original, ==, "What it got");
  g_assert_null (c->lesson_heading.original);
}

static void
test_good_minimal (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  const FvEvent *event;
  const FvStatement *statement;

  model = load_fixture ("good", "minimal", &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_cmpuint (fv_model_get_n_events (model), ==, 1);
  event = fv_model_get_event (model, 0);
  g_assert_cmpstr (event->id, ==, "ev-1");
  g_assert_cmpint (event->date.year, ==, 2017);
  g_assert_cmpuint (event->date.month, ==, 1);
  g_assert_cmpuint (event->date.day, ==, 25);
  g_assert_cmpuint (event->date.precision, ==, FV_DATE_PRECISION_DAY);
  g_assert_cmpuint (event->n_actors, ==, 1);
  g_assert_true (event->actors[0] == find_actor (model, "mayor"));
  g_assert_true (event->references.items[0].source == find_source (model, "src"));

  statement = find_statement (model, "st-1");
  g_assert_cmpint (statement->kind, ==, FV_STATEMENT_QUOTATION);
  g_assert_cmpstr (statement->words.original, ==, "We will see");
  g_assert_cmpstr (statement->references.items[0].quote, ==, "We will see.");

  g_assert_cmpfloat (fv_model_lookup_figure (model, "fig-1")->value, ==, 44.0);
  g_assert_null (fv_model_lookup_figure (model, "ev-1"));
  g_assert_cmpstr (fv_model_get_tab_title (model, FV_TAB_STATEMENTS)->original, ==, "Statements");
}

static void
test_bad_file (const char   *path,
               FvModelError  code)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;

  model = fv_model_new_from_file (file, NULL, &problems, &error);
  g_assert_null (model);
  g_assert_error (error, FV_MODEL_ERROR, (int) code);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (error->message, path));
}

static void
test_file_missing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no-such-model.json", NULL);

  test_bad_file (path, FV_MODEL_ERROR_IO);
  g_rmdir (dir);
}

static void
test_file_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);

  test_bad_file (dir, FV_MODEL_ERROR_NOT_REGULAR);
  g_rmdir (dir);
}

static void
test_file_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fifo.json", NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  /* Refused without opening it: opening a FIFO with no writer would hang. */
  test_bad_file (path, FV_MODEL_ERROR_NOT_REGULAR);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_file_device (void)
{
  test_bad_file ("/dev/zero", FV_MODEL_ERROR_NOT_REGULAR);
}

static void
test_file_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sparse.json", NULL);
  FILE *f = g_fopen (path, "w");

  /* A sparse file: large to stat, no room on disk. */
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 2 * 1024 * 1024 * 1024), ==, 0);
  fclose (f);

  test_bad_file (path, FV_MODEL_ERROR_TOO_LARGE);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_bytes_too_large (void)
{
  gsize size = FV_MODEL_MAX_FILE_SIZE + 1;
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (size), size);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;

  model = fv_model_new_from_bytes (bytes, "big", NULL, &error);
  g_assert_null (model);
  g_assert_error (error, FV_MODEL_ERROR, FV_MODEL_ERROR_TOO_LARGE);
}

/* json-glib 1.6 overflows its stack at ~75,000 levels: the loader must
 * refuse deep nesting before json-glib sees it. */
static void
test_deep_nesting (gconstpointer data)
{
  guint levels = GPOINTER_TO_UINT (data);
  GString *text = g_string_sized_new (levels * 2 + 2);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  const FvProblem *problem;

  for (guint i = 0; i < levels; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < levels; i++)
    g_string_append_c (text, ']');
  bytes = g_string_free_to_bytes (text);

  model = fv_model_new_from_bytes (bytes, "deep", &problems, &error);
  g_assert_null (model);
  g_assert_error (error, FV_MODEL_ERROR, FV_MODEL_ERROR_TOO_DEEP);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->line, ==, 1);
  g_assert_cmpuint (problem->column, ==, FV_MODEL_MAX_DEPTH + 1);
}

/* Loading by length: a NUL byte inside the text is seen, not a silent end. */
static void
test_embedded_nul (void)
{
  static const char text[] = "{\"schema_version\": 1}\0garbage";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  const FvProblem *problem;

  model = fv_model_new_from_bytes (bytes, "nul", &problems, &error);
  g_assert_null (model);
  g_assert_error (error, FV_MODEL_ERROR, FV_MODEL_ERROR_SYNTAX);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpuint (problem->column, ==, 22);
}

typedef struct
{
  char          *path;
  volatile gint  stop;
} Grower;

static gpointer
grow (gpointer data)
{
  Grower *grower = data;
  FILE *f = g_fopen (grower->path, "a");
  static const char chunk[4096] = { [0 ... 4094] = ' ', [4095] = 'x' };

  while (!g_atomic_int_get (&grower->stop) && f != NULL)
    {
      fwrite (chunk, 1, sizeof chunk, f);
      fflush (f);
      g_thread_yield ();
    }
  if (f != NULL)
    fclose (f);

  return NULL;
}

/* A file that grows while it is read (another program still writing it)
 * ends in a located error or the size limit, never a hang. */
static void
test_file_growing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                    "minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  Grower grower = { g_build_filename (dir, "growing.json", NULL), 0 };
  GThread *thread;

  g_assert_true (g_file_get_contents (minimal, &text, NULL, NULL));
  /* The model, then text that is not JSON, which keeps growing. */
  g_assert_true (g_file_set_contents (grower.path, text, -1, NULL));
  {
    FILE *f = g_fopen (grower.path, "a");
    fputs (" x", f);
    fclose (f);
  }
  file = g_file_new_for_path (grower.path);

  thread = g_thread_new ("grow", grow, &grower);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GError) e = NULL;
      g_autoptr(FvModel) m = fv_model_new_from_file (file, NULL, NULL, &e);

      /* The appended "x" after the model is not JSON: a syntax error, or
       * the size limit once the file is past it. */
      g_assert_null (m);
      g_assert_true (g_error_matches (e, FV_MODEL_ERROR, FV_MODEL_ERROR_SYNTAX) ||
                     g_error_matches (e, FV_MODEL_ERROR, FV_MODEL_ERROR_TOO_LARGE));
    }
  g_atomic_int_set (&grower.stop, 1);
  g_thread_join (thread);

  g_unlink (grower.path);
  g_free (grower.path);
  g_rmdir (dir);
}

/* A file that is gone by the time it is opened. */
static void
test_file_vanished (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fv-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "gone.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  g_unlink (path);
  model = fv_model_new_from_file (file, NULL, NULL, &error);
  g_assert_null (model);
  g_assert_error (error, FV_MODEL_ERROR, FV_MODEL_ERROR_IO);
  g_rmdir (dir);
}

static FvModel *
load_statements (const char  *statements,
                 GPtrArray  **problems)
{
  g_autofree char *json = g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"T\","
    "\"tabs\": {\"timeline\": {\"title\": \"T\"}, \"statements\": {\"title\": \"S\"}},"
    "\"sources\": [{\"id\": \"s\", \"kind\": \"article\", \"title\": \"S\"}],"
    "\"actors\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": \"A\","
    "\"references\": [{\"source\": \"s\"}]}],"
    "\"statements\": [%s]}", statements);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return fv_model_new_from_bytes (bytes, "statements.json", problems, NULL);
}

/* A quotation's words and its reference's quote are compared as the words
 * said: typographic and straight quotes, dashes and runs of white space
 * are equal; a word more or less, or another letter, is not. */
static void
test_quotation_folding (void)
{
  static const struct { const char *words, *quote; gboolean same; } cases[] = {
    { "We don't stop -- ever", "They said: “We don’t stop –– ever”", TRUE },
    { "\\\"counter-productive\\\"", "called it “counter‑productive”", TRUE },
    { "one  of the\\nmajor", "It's one of\\u00a0the major components", TRUE },
    { "arrested in raids and stops", "arrested in raids or otherwise and stops", FALSE },
    { "We Will See", "we will see", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *statement = g_strdup_printf (
        "{\"id\": \"q\", \"actor\": \"a\", \"kind\": \"quotation\", \"words\": \"%s\","
        "\"references\": [{\"source\": \"s\", \"quote\": \"%s\"}]}",
        cases[i].words, cases[i].quote);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(FvModel) model = load_statements (statement, &problems);

      if (cases[i].same)
        g_assert_nonnull (model);
      else
        {
          const FvProblem *problem;

          g_assert_null (model);
          problem = g_ptr_array_index (problems, 0);
          g_assert_cmpstr (problem->path, ==, "$.statements[0].words");
        }
    }
}

/* An answer names the statement it answers, which comes before it; a
 * statement that answers itself or one after it is refused there. */
static void
test_answers (void)
{
  const char *earlier =
    "{\"id\": \"q\", \"actor\": \"a\", \"kind\": \"paraphrase\", \"words\": \"Q\","
    "\"references\": [{\"source\": \"s\"}]},"
    "{\"id\": \"r\", \"actor\": \"a\", \"kind\": \"paraphrase\", \"words\": \"R\","
    "\"answers\": \"q\", \"references\": [{\"source\": \"s\"}]}";
  const char *itself =
    "{\"id\": \"q\", \"actor\": \"a\", \"kind\": \"paraphrase\", \"words\": \"Q\","
    "\"answers\": \"q\", \"references\": [{\"source\": \"s\"}]}";
  const char *not_a_statement =
    "{\"id\": \"q\", \"actor\": \"a\", \"kind\": \"paraphrase\", \"words\": \"Q\","
    "\"answers\": \"a\", \"references\": [{\"source\": \"s\"}]}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FvModel) model = load_statements (earlier, &problems);
  const FvProblem *problem;

  g_assert_nonnull (model);
  g_assert_true (fv_model_get_statement (model, 1)->answers == fv_model_get_statement (model, 0));
  g_assert_null (fv_model_get_statement (model, 0)->answers);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_null (load_statements (itself, &problems));
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->path, ==, "$.statements[0].answers");
  g_assert_cmpstr (problem->message, ==, "A statement does not answer itself");
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_null (load_statements (not_a_statement, &problems));
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, FV_MODEL_ERROR_REFERENCE);
  g_assert_cmpstr (problem->path, ==, "$.statements[0].answers");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/load/bad/%s", bad_fixtures[i].name);
      g_test_add_data_func (path, &bad_fixtures[i], test_bad_fixture);
    }
  g_test_add_func ("/model/load/bad-fixtures-all-listed", test_bad_fixtures_all_listed);
  g_test_add_func ("/model/load/several-problems", test_several_problems);
  g_test_add_func ("/model/load/optional-tabs", test_optional_tabs);
  g_test_add_func ("/model/load/other-story", test_other_story);
  g_test_add_func ("/model/load/id-twice-in-long-list", test_id_twice_in_long_list);
  g_test_add_func ("/model/load/after-chain", test_after_chain);
  g_test_add_func ("/model/load/after-order", test_after_order);
  g_test_add_func ("/model/load/quotation-folding", test_quotation_folding);
  g_test_add_func ("/model/load/answers", test_answers);
  g_test_add_func ("/model/load/count-too-large", test_count_too_large);
  g_test_add_func ("/model/load/problems-capped", test_problems_capped);
  g_test_add_func ("/model/load/good/minimal", test_good_minimal);
  g_test_add_func ("/model/load/file/missing", test_file_missing);
  g_test_add_func ("/model/load/file/directory", test_file_directory);
  g_test_add_func ("/model/load/file/fifo", test_file_fifo);
  g_test_add_func ("/model/load/file/device", test_file_device);
  g_test_add_func ("/model/load/file/too-large", test_file_too_large);
  g_test_add_func ("/model/load/bytes/too-large", test_bytes_too_large);
  g_test_add_data_func ("/model/load/nesting/10000", GUINT_TO_POINTER (10000), test_deep_nesting);
  g_test_add_data_func ("/model/load/nesting/1000000", GUINT_TO_POINTER (1000000),
                        test_deep_nesting);
  g_test_add_func ("/model/load/embedded-nul", test_embedded_nul);
  g_test_add_func ("/model/load/file/growing", test_file_growing);
  g_test_add_func ("/model/load/file/vanished", test_file_vanished);

  return g_test_run ();
}
