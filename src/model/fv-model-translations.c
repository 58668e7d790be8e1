/* fv-model-translations.c — which texts lack a translation, and where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each language the model's texts are given in (besides its own), every
 * text a reader reads should have it. Proper names (actors' names, the
 * titles of sources) are kept as they are officially written and are not
 * counted; a quotation's own words are the words that were said, so it is
 * its "translation" that is counted.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-json-scan.h"
#include "fv-language.h"
#include "fv-model-private.h"

typedef struct
{
  FvModel   *model;
  GString   *path;
  GPtrArray *problems;
  GArray    *stats;
  GHashTable *positions;  /* a language → its place in stats, plus 1 */
  guint      *seen;       /* per language, the last text found to have it */
  guint       text;       /* the text being checked, counted from 1 */
} Checker;

/* TEXT, at the current path plus MEMBER, should have every language. */
static void
check (Checker      *c,
       const char   *member,
       const FvText *text,
       gboolean      present)
{
  gsize len = c->path->len;
  gboolean absent = text->original == NULL && text->n_translations == 0;

  if (!present)
    return;

  /* Which languages this text has, in one pass over its translations:
   * asking each language of each text was quadratic (a text in 100,000
   * languages took 49 s). */
  c->text++;
  for (guint i = 0; i < text->n_translations; i++)
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (c->positions,
                                                              text->translations[i].language));
      if (position > 0)
        c->seen[position - 1] = c->text;
    }

  /* A member that is not there has no place of its own: its object's. */
  if (!absent)
    fv_json_path_append_member (c->path, member, strlen (member));
  for (guint i = 0; i < c->stats->len; i++)
    {
      FvTranslationStats *stats = &g_array_index (c->stats, FvTranslationStats, i);

      stats->n_texts++;
      if (c->seen[i] != c->text)
        {
          g_autofree char *message = NULL;
          FvProblem *problem;

          stats->n_missing++;
          /* A text without 2,000 languages in a model of 2,000 texts is
           * four million warnings: past the list's end, only count them. */
          if (fv_problems_full (c->problems))
            {
              fv_problems_count (c->problems, FV_MODEL_ERROR_MISSING, FV_PROBLEM_WARNING);
              continue;
            }
          if (absent)
            /* translators: a warning of --validate: "no “es” translation of “translation”" */
            message = g_strdup_printf (_("no “%s” translation of “%s”"), stats->language, member);
          else
            /* translators: a warning of --validate: "no “es” translation" */
            message = g_strdup_printf (_("no “%s” translation"), stats->language);
          problem = fv_problem_new (FV_MODEL_ERROR_MISSING, c->path->str, message);
          problem->severity = FV_PROBLEM_WARNING;
          fv_problems_add (c->problems, problem);
        }
    }
  g_string_truncate (c->path, len);
}

static void
check_text (Checker      *c,
            const char   *member,
            const FvText *text)
{
  check (c, member, text, text->original != NULL);
}

/* Enters $.NAME[INDEX]; returns the length to go back to. */
static gsize
enter (Checker    *c,
       const char *name,
       guint       index)
{
  gsize len = c->path->len;

  if (name != NULL)
    fv_json_path_append_member (c->path, name, strlen (name));
  fv_json_path_append_index (c->path, index);
  return len;
}

static void
check_items (Checker          *c,
             const char       *name,
             const FvCaseItem *items,
             guint             n_items)
{
  for (guint i = 0; i < n_items; i++)
    {
      gsize len = enter (c, name, i);
      check_text (c, "text", &items[i].text);
      g_string_truncate (c->path, len);
    }
}

/**
 * fv_model_check_translations:
 * @stats: (out) (optional) (element-type FvTranslationStats): per language,
 *   how many texts should have it and how many do not
 *
 * Returns: (transfer full) (element-type FvProblem): a warning for each text
 *   without one of the model's languages, with its JSON path (see
 *   fv_model_locate_problems() for its line)
 */
GPtrArray *
fv_model_check_translations (FvModel  *self,
                             GArray  **stats_out)
{
  Checker checker = { self, g_string_new ("$"), NULL, NULL, NULL, NULL, 0 };
  Checker *c = &checker;
  const char * const *languages;
  static const char *tab_names[] = { "timeline", "case", "statements" };

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  c->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);
  c->stats = g_array_new (FALSE, TRUE, sizeof (FvTranslationStats));

  languages = fv_model_get_languages (self);
  for (guint i = 1; languages[0] != NULL && languages[i] != NULL; i++)
    {
      FvTranslationStats stats = { languages[i], 0, 0 };
      g_array_append_val (c->stats, stats);
    }
  /* Tags are compared without case, as the reader does. */
  c->positions = g_hash_table_new (fv_language_hash, fv_language_equal);
  for (guint i = 0; i < c->stats->len; i++)
    g_hash_table_insert (c->positions,
                         (gpointer) g_array_index (c->stats, FvTranslationStats, i).language,
                         GUINT_TO_POINTER (i + 1));
  c->seen = g_new0 (guint, MAX (c->stats->len, 1));

  check_text (c, "title", &self->title);
  check_text (c, "summary", &self->summary);
  for (guint t = 0; t < FV_N_TABS; t++)
    {
      gsize len = c->path->len;

      g_string_append (c->path, ".tabs");
      fv_json_path_append_member (c->path, tab_names[t], strlen (tab_names[t]));
      check_text (c, "title", &self->tab_titles[t]);
      check_text (c, "subtitle", &self->tab_subtitles[t]);
      g_string_truncate (c->path, len);
    }

  for (guint i = 0; i < self->n_sources; i++)
    {
      gsize len = enter (c, "sources", i);
      check_text (c, "note", &self->sources[i].note);
      g_string_truncate (c->path, len);
    }

  for (guint i = 0; i < self->n_actors; i++)
    {
      gsize len = enter (c, "actors", i);
      check_text (c, "role", &self->actors[i].role);
      g_string_truncate (c->path, len);
    }

  for (guint i = 0; i < self->n_events; i++)
    {
      gsize len = enter (c, "events", i);
      check_text (c, "title", &self->events[i].title);
      check_text (c, "description", &self->events[i].description);
      g_string_truncate (c->path, len);
    }

  for (guint i = 0; i < self->n_statements; i++)
    {
      const FvStatement *statement = &self->statements[i];
      gsize len = enter (c, "statements", i);

      if (statement->kind == FV_STATEMENT_QUOTATION)
        check (c, "translation", &statement->translation, TRUE);
      else
        check_text (c, "words", &statement->words);
      check_text (c, "setting", &statement->setting);
      check_text (c, "about", &statement->about);
      g_string_truncate (c->path, len);
    }

  for (guint i = 0; i < self->n_figures; i++)
    {
      gsize len = enter (c, "figures", i);
      check_text (c, "label", &self->figures[i].label);
      check_text (c, "population", &self->figures[i].population);
      check_text (c, "measure", &self->figures[i].measure);
      g_string_truncate (c->path, len);
    }

  for (guint i = 0; i < self->n_cases; i++)
    {
      const FvCase *cs = &self->cases[i];
      gsize len = enter (c, "cases", i);

      check_text (c, "title", &cs->title);
      check_text (c, "place", &cs->place);
      check_text (c, "summary", &cs->summary);
      check_items (c, "tactics", cs->tactics, cs->n_tactics);
      check_items (c, "outcomes", cs->outcomes, cs->n_outcomes);
      if (cs->lesson.text.original != NULL)
        {
          gsize llen = c->path->len;

          g_string_append (c->path, ".lesson");
          check_text (c, "text", &cs->lesson.text);
          g_string_truncate (c->path, llen);
        }
      g_string_truncate (c->path, len);
    }

  for (guint i = 0; i < self->n_charts; i++)
    {
      const FvChart *chart = &self->charts[i];
      gsize len = enter (c, "charts", i);

      check_text (c, "title", &chart->title);
      check_text (c, "subtitle", &chart->subtitle);
      check_text (c, "description", &chart->description);
      check_text (c, "source_line", &chart->source_line);
      for (guint l = 0; l < chart->n_lanes; l++)
        if (chart->lanes[l].label.original != NULL)
          {
            gsize llen = c->path->len;

            g_string_append (c->path, ".data");
            fv_json_path_append_member (c->path, "lanes", 5);
            fv_json_path_append_index (c->path, l);
            check_text (c, "label", &chart->lanes[l].label);
            g_string_truncate (c->path, llen);
          }
      g_string_truncate (c->path, len);
    }

  g_string_free (c->path, TRUE);
  g_hash_table_unref (c->positions);
  g_free (c->seen);
  if (stats_out != NULL)
    *stats_out = c->stats;
  else
    g_array_unref (c->stats);

  return c->problems;
}
