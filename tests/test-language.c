/* test-language.c — bounded sizes: language tags, reader's languages, texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each bound with its exact problem and place, and the inputs that once
 * cost more than their size, at two sizes: the larger may cost at most a
 * little more than its share (by the ratio of the two, never by a clock).
 */
#include "config.h"

#include <string.h>

#include "fv-language.h"
#include "fv-model.h"
#include "fv-test-cost.h"

/* The minimal model with its title (a JSON value) and its first actor's
 * extra members (EXTRA, after its "name") replaced. */
static GString *
model_with (const char *title,
            const char *extra)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json,
                          "{\"schema_version\": 1, \"language\": \"en\",\n"
                          "\"title\": %s,\n"
                          "\"tabs\": {\"timeline\": {\"title\": \"T\"}},\n"
                          "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],\n"
                          "\"actors\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": \"A\"%s,\n"
                          "\"references\": [{\"source\": \"s\"}]}]}\n",
                          title, extra != NULL ? extra : "");
  return json;
}

static GPtrArray *
load (GString *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json->str, json->len);
  g_autoptr(FvModel) model = NULL;
  GPtrArray *problems = NULL;

  model = fv_model_new_from_bytes (bytes, "m.json", &problems, NULL);
  if (problems == NULL)
    problems = g_ptr_array_new ();
  return problems;
}

/* The model loads without a problem. */
static void
assert_loads (GString *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json->str, json->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_bytes (bytes, "m.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
}

/* It has a problem at PATH, which is CODE at LINE, with a message that
 * starts with MESSAGE; no problem line is long. */
static void
assert_problem (GString      *json,
                FvModelError  code,
                guint         line,
                const char   *path,
                const char   *message)
{
  g_autoptr(GPtrArray) problems = load (json);
  const FvProblem *problem;

  g_assert_cmpuint (problems->len, >=, 1);
  problem = g_ptr_array_index (problems, 0);
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((FvProblem *) g_ptr_array_index (problems, i))->path, path) == 0)
      {
        problem = g_ptr_array_index (problems, i);
        break;
      }
  g_test_message ("%s: %s", problem->path, problem->message);
  g_assert_cmpint (problem->code, ==, code);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpstr (problem->path, ==, path);
  g_assert_true (g_str_has_prefix (problem->message, message));
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *shown = fv_problem_to_string (g_ptr_array_index (problems, i), "m.json");
      g_assert_cmpuint (strlen (shown), <, 600);
    }
}

/* HEAD, then PIECE N times. */
static char *
repeat (const char *head,
        const char *piece,
        guint       n)
{
  GString *str = g_string_new (head);

  for (guint i = 0; i < n; i++)
    g_string_append (str, piece);
  return g_string_free (str, FALSE);
}

static void
test_tag_valid (void)
{
  /* 35 characters, RFC 5646's length; one more is not a tag. */
  g_autofree char *tag27 = repeat ("en", "-abcdefgh", 3);
  g_autofree char *tag35 = g_strconcat (tag27, "-abcde", NULL);
  g_autofree char *tag36 = g_strconcat (tag35, "g", NULL);
  g_autofree char *huge = repeat ("en", "-abcdefgh", 50000);

  g_assert_cmpuint (strlen (tag35), ==, FV_LANGUAGE_TAG_MAX);
  g_assert_true (fv_language_tag_is_valid ("pt-BR"));
  g_assert_true (fv_language_tag_is_valid (tag35));
  g_assert_false (fv_language_tag_is_valid (tag36));
  g_assert_false (fv_language_tag_is_valid (huge));
  g_assert_false (fv_language_tag_is_valid ("e"));
  g_assert_false (fv_language_tag_is_valid ("en-"));
  g_assert_false (fv_language_tag_is_valid ("en-abcdefghi"));
}

static void
test_reader_languages (void)
{
  g_autofree char *long_name = repeat ("en", "_abcdefgh", 1400);
  const char *given[] = { "pt_BR.UTF-8", long_name, "PT", "es_ES@euro", "C", NULL };
  g_auto(GStrv) languages = fv_languages_new (given);
  const char *expected[] = { "pt-br", "pt", "es-es", "es", NULL };
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) bounded = NULL;

  /* A name longer than a locale's is nothing; each tag once. */
  g_assert_cmpstrv (languages, expected);

  /* Found by fuzz-language: a name that does not begin with a letter
   * gave "-u" and the empty language. */
  {
    const char *odd[] = { "_U", "-HW", "en_US", NULL };
    const char *meant[] = { "en-us", "en", NULL };
    g_auto(GStrv) read = fv_languages_new (odd);

    g_assert_cmpstrv (read, meant);
  }

  for (guint i = 0; i < 5000; i++)
    g_ptr_array_add (many, g_strdup_printf ("x%c%c_%c%c", 'a' + i % 26, 'a' + i / 26 % 26,
                                            'A' + i / 676 % 26, 'A' + i % 7));
  g_ptr_array_add (many, NULL);
  bounded = fv_languages_new ((const char * const *) many->pdata);
  g_assert_cmpuint (g_strv_length (bounded), <=, FV_LANGUAGES_MAX);
  g_assert_cmpstr (bounded[0], ==, "xaa-aa");
  g_assert_cmpstr (bounded[1], ==, "xaa");
}

static void
test_language_list (void)
{
  g_autofree char *long_part = repeat ("", "x", FV_LANGUAGE_NAME_MAX + 1);
  g_autofree char *value = g_strconcat ("pt_BR::", long_part, ":es:", NULL);
  g_autofree char *bounded = fv_language_list_bound (value);
  g_autoptr(GString) many = g_string_new (NULL);
  g_autofree char *first_parts = NULL;
  g_auto(GStrv) parts = NULL;

  /* Empty parts and parts longer than any locale name mean nothing. */
  g_assert_cmpstr (bounded, ==, "pt_BR:es");

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (many, "%sl%u", i ? ":" : "", i);
  first_parts = fv_language_list_bound (many->str);
  parts = g_strsplit (first_parts, ":", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, FV_LANGUAGES_MAX);
  g_assert_cmpstr (parts[0], ==, "l0");
  g_assert_cmpstr (parts[FV_LANGUAGES_MAX - 1], ==, "l31");
}

static void
test_text_bounds (void)
{
  g_autofree char *chars1000 = repeat ("", "é", FV_MODEL_MAX_TITLE);
  g_autofree char *title_ok = g_strdup_printf ("\"%s\"", chars1000);
  g_autofree char *title_long = g_strdup_printf ("{\"en\": \"%sé\"}", chars1000);
  g_autofree char *paragraph = repeat ("", "word ", FV_MODEL_MAX_TEXT / 5);
  g_autofree char *role_ok = g_strdup_printf (", \"role\": \"%s\"", chars1000);
  g_autoptr(GString) json = NULL;

  json = model_with (title_ok, role_ok);
  assert_loads (json);
  g_string_free (json, TRUE);

  json = model_with (title_long, NULL);
  assert_problem (json, FV_MODEL_ERROR_VALUE, 2, "$.title.en",
                  "A title, name or label is longer than 1000 characters");
  g_string_free (json, TRUE);

  /* A paragraph may be 20,000 characters; one more is refused. */
  json = g_string_new (NULL);
  g_string_printf (json,
                   "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\",\n"
                   "\"summary\": \"%s\",\n"
                   "\"tabs\": {\"timeline\": {\"title\": \"T\"}},\n"
                   "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}]}",
                   paragraph);
  assert_loads (json);
  g_string_printf (json,
                   "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\",\n"
                   "\"summary\": \"%sx\",\n"
                   "\"tabs\": {\"timeline\": {\"title\": \"T\"}},\n"
                   "\"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}]}",
                   paragraph);
  assert_problem (json, FV_MODEL_ERROR_VALUE, 2, "$.summary",
                  "This text is longer than 20000 characters");
}

static void
test_languages_bounds (void)
{
  g_autoptr(GString) title = g_string_new ("{\"en\": \"t\"");
  g_autoptr(GString) json = NULL;

  for (guint i = 0; i < FV_MODEL_MAX_LANGUAGES; i++)
    g_string_append_printf (title, ", \"en-x%u\": \"t\"", i);
  g_string_append_c (title, '}');
  json = model_with (title->str, NULL);
  assert_loads (json);
  g_string_free (g_steal_pointer (&json), TRUE);

  /* One more language in the same text. */
  g_string_insert (title, title->len - 1, ", \"en-y\": \"t\"");
  json = model_with (title->str, NULL);
  assert_problem (json, FV_MODEL_ERROR_VALUE, 2, "$.title",
                  "This text is given in 102 languages: at most 100");
  g_string_free (g_steal_pointer (&json), TRUE);

  /* One more language in another text of the model. */
  g_string_truncate (title, title->len - strlen (", \"en-y\": \"t\"}"));
  g_string_append_c (title, '}');
  json = model_with (title->str, ", \"role\": {\"en\": \"r\", \"en-y\": \"r\"}");
  assert_problem (json, FV_MODEL_ERROR_VALUE, 5, "$.actors[0].role[\"en-y\"]",
                  "The model’s texts are in 100 other languages already");
}

static void
test_references_bound (void)
{
  g_autoptr(GString) json = model_with ("\"t\"", NULL);
  g_autoptr(GString) refs = g_string_new ("\"references\": [");
  char *at;

  for (guint i = 0; i <= FV_MODEL_MAX_REFERENCES; i++)
    g_string_append_printf (refs, "%s{\"source\": \"s\"}", i ? ", " : "");
  at = strstr (json->str, "\"references\": [");
  g_string_erase (json, at - json->str, strlen ("\"references\": [{\"source\": \"s\"}"));
  g_string_insert (json, at - json->str, refs->str);
  assert_problem (json, FV_MODEL_ERROR_VALUE, 6, "$.actors[0].references",
                  "A fact has at most 100 references; this one has 101");
}

/* A 50 KB member name, a 500 KB language tag: each one short problem line,
 * at its place. */
static void
test_long_names_quoted (void)
{
  g_autofree char *name = repeat ("", "n", 50000);
  g_autofree char *member = g_strdup_printf (", \"%s\": 1", name);
  g_autofree char *tag = repeat ("aa", "-abcdefgh", 500000 / 9);
  g_autofree char *title = g_strdup_printf ("{\"en\": \"t\", \"%s\": \"x\"}", tag);
  g_autoptr(GString) json = model_with ("\"t\"", member);
  g_autoptr(GPtrArray) problems = load (json);
  const FvProblem *problem;

  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, FV_MODEL_ERROR_UNKNOWN_MEMBER);
  g_assert_cmpuint (problem->line, ==, 5);
  g_assert_true (g_str_has_prefix (problem->path, "$.actors[0].nnnn"));
  g_assert_nonnull (strstr (problem->path, "…"));
  g_assert_cmpuint (g_utf8_strlen (problem->path, -1), <=, 200);
  /* 64 characters of the name, and the message's own words (where the
   * list of members is): about a hundred. */
  g_assert_cmpuint (g_utf8_strlen (problem->message, -1), <, 170);
  g_assert_nonnull (strstr (problem->message, "nnn…nnn"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_string_free (g_steal_pointer (&json), TRUE);

  json = model_with (title, NULL);
  problems = load (json);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, FV_MODEL_ERROR_VALUE);
  g_assert_cmpuint (problem->line, ==, 2);
  g_assert_cmpuint (g_utf8_strlen (problem->path, -1), <=, 200);
  g_assert_cmpuint (g_utf8_strlen (problem->message, -1), <, 120);
  g_assert_true (g_str_has_prefix (problem->message, "“aa-abcdefgh"));
}

/* Two sizes are measured in turns, ROUNDS times each, and each keeps its
 * least time: a machine busy with other work slows both alike, and the
 * least of several runs is the one it slowed least. */
#define ROUNDS 5

typedef gint64 (*Measure) (gconstpointer input);

static void
measure_two (Measure        measure,
             gconstpointer  small,
             gconstpointer  large,
             gint64         times[2])
{
  times[0] = times[1] = G_MAXINT64;
  for (guint run = 0; run < ROUNDS; run++)
    {
      times[0] = MIN (times[0], measure (small));
      times[1] = MIN (times[1], measure (large));
    }
  times[0] = MAX (times[0], 1);
  times[1] = MAX (times[1], 1);
}

/* Microseconds to load the JSON INPUT (a GString). */
static gint64
load_time (gconstpointer input)
{
  gint64 start = fv_test_cpu_time ();
  g_autoptr(GPtrArray) problems = load ((GString *) input);

  return fv_test_cpu_time () - start;
}

/* One text in N languages (100,000 took 49 s to check: quadratic). Eight
 * times the languages may cost at most 20 times the processor time:
 * linear is 8, quadratic 64. The margin is the caches': the larger
 * text's tables outgrow them, and four times the languages measured 5 to
 * 7 times the time, alone on the machine. */
static void
test_cost_languages_in_one_text (void)
{
  GString *json[2];
  gint64 times[2];

  for (guint k = 0; k < 2; k++)
    {
      guint n = k == 0 ? 12500 : 100000;
      g_autoptr(GString) title = g_string_new ("{\"en\": \"t\"");

      for (guint i = 0; i < n; i++)
        g_string_append_printf (title, ", \"x%c%c-%c%c%c\": \"t\"", 'a' + i % 26,
                                'a' + i / 26 % 26, 'a' + i / 676 % 26, 'a' + i / 17576 % 26,
                                'a' + i / 456976 % 26);
      g_string_append_c (title, '}');
      json[k] = model_with (title->str, NULL);
    }
  measure_two (load_time, json[0], json[1], times);
  g_string_free (json[0], TRUE);
  g_string_free (json[1], TRUE);
  g_test_message ("12,500 languages: %" G_GINT64_FORMAT " µs; 100,000: %" G_GINT64_FORMAT " µs",
                  times[0], times[1]);
  g_assert_cmpint (times[1], <, 20 * times[0]);
}

/* Microseconds to build the reader's languages 4,000 times from NAME and
 * "es". */
static gint64
reader_languages_time (gconstpointer name)
{
  const char *given[] = { name, "es", NULL };
  gint64 start = fv_test_cpu_time ();

  /* Milliseconds of work, not a tenth of one: a machine's other work then
   * weighs on both sizes alike. */
  for (guint i = 0; i < 4000; i++)
    {
      g_auto(GStrv) languages = fv_languages_new (given);
      g_assert_cmpstr (languages[0], ==, "es");
    }
  return fv_test_cpu_time () - start;
}

/* A reader's language 12 KB long (its shorter forms were built and
 * compared: cubic) at four times the length. */
static void
test_cost_long_reader_language (void)
{
  g_autofree char *small = repeat ("en", "_abcdefgh", 1400);
  g_autofree char *large = repeat ("en", "_abcdefgh", 5600);
  gint64 times[2];

  measure_two (reader_languages_time, small, large, times);
  g_test_message ("12 KB: %" G_GINT64_FORMAT " µs; 50 KB: %" G_GINT64_FORMAT " µs",
                  times[0], times[1]);
  g_assert_cmpint (times[1], <, 8 * times[0] + 1000);
}

/* Microseconds for one run of the program with the environment ENVP. */
static gint64
program_time (gconstpointer envp)
{
  const char *argv[] = { g_getenv ("FV_BINARY"), "--list-charts", NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, (char **) envp, G_SPAWN_STDOUT_TO_DEV_NULL |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_get_monotonic_time () - start;
}

/* The environment with LANGUAGE of N parts. */
static char **
environ_with_language (guint n)
{
  g_autoptr(GString) language = g_string_new (NULL);
  char **envp = g_get_environ ();

  for (guint i = 0; i < n; i++)
    g_string_append_printf (language, "%sx%c%c_%c%c.UTF-8@euro", i ? ":" : "", 'a' + i % 26,
                            'a' + i / 26 % 26, 'A' + i / 676 % 26, 'A' + i % 7);
  envp = g_environ_setenv (envp, "LANGUAGE", language->str, TRUE);
  return g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
}

/* LANGUAGE of 5,000 parts took seconds before the program started (the C
 * library's gettext compares each part with those before it). Four times
 * the parts may cost at most 8 times, as above: quadratic is 16; bounded,
 * as it is now, about 2 (the longer environment itself). */
static void
test_cost_language_variable (void)
{
  g_auto(GStrv) few = NULL;
  g_auto(GStrv) many = NULL;
  gint64 times[2];

  g_assert_nonnull (g_getenv ("FV_BINARY"));
  few = environ_with_language (1000);
  many = environ_with_language (4000);
  measure_two (program_time, few, many, times);
  g_test_message ("1,000 parts: %" G_GINT64_FORMAT " µs; 4,000: %" G_GINT64_FORMAT " µs",
                  times[0], times[1]);
  g_assert_cmpint (times[1], <, 8 * times[0]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/language/tag-valid", test_tag_valid);
  g_test_add_func ("/language/reader-languages", test_reader_languages);
  g_test_add_func ("/language/list", test_language_list);
  g_test_add_func ("/bounds/text", test_text_bounds);
  g_test_add_func ("/bounds/languages", test_languages_bounds);
  g_test_add_func ("/bounds/references", test_references_bound);
  g_test_add_func ("/bounds/long-names-quoted", test_long_names_quoted);
  g_test_add_func ("/cost/languages-in-one-text", test_cost_languages_in_one_text);
  g_test_add_func ("/cost/long-reader-language", test_cost_long_reader_language);
  g_test_add_func ("/cost/language-variable", test_cost_language_variable);

  return g_test_run ();
}
