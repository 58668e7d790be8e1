/* fv-problem.c — a problem of a model: where it is, its code, its message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-format.h"
#include "fv-problem.h"

G_DEFINE_QUARK (fv-model-error-quark, fv_model_error)
G_DEFINE_BOXED_TYPE (FvProblem, fv_problem, fv_problem_copy, fv_problem_free)

FvProblem *
fv_problem_new (FvModelError  code,
                const char   *path,
                const char   *message)
{
  FvProblem *problem = g_new0 (FvProblem, 1);

  g_return_val_if_fail (message != NULL, NULL);

  problem->code = code;
  problem->path = g_strdup (path);
  problem->message = g_strdup (message);

  return problem;
}

FvProblem *
fv_problem_copy (const FvProblem *problem)
{
  FvProblem *copy;

  g_return_val_if_fail (problem != NULL, NULL);

  copy = fv_problem_new (problem->code, problem->path, problem->message);
  copy->severity = problem->severity;
  copy->line = problem->line;
  copy->column = problem->column;
  copy->n_more = problem->n_more;

  return copy;
}

void
fv_problem_free (FvProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/* "FILE:LINE:COLUMN: $.path: message", the form compilers use, so that
 * editors and terminals can jump to the place. */
char *
fv_problem_to_string (const FvProblem *problem,
                      const char      *file_name)
{
  GString *str;

  g_return_val_if_fail (problem != NULL, NULL);

  str = g_string_new (NULL);

  if (file_name != NULL)
    g_string_append_printf (str, "%s:", file_name);
  if (problem->line > 0)
    g_string_append_printf (str, "%u:%u:", problem->line, problem->column);
  if (str->len > 0)
    g_string_append_c (str, ' ');
  if (problem->path != NULL)
    g_string_append_printf (str, "%s: ", problem->path);
  if (problem->severity == FV_PROBLEM_WARNING)
    /* translators: before a warning about a fact model, as compilers write it */
    g_string_append (str, _("warning: "));
  g_string_append (str, problem->message);

  /* Messages quote the file's own text: one problem stays one line, and a
   * terminal shows escape sequences instead of running them. */
  {
    g_autofree char *line = g_string_free (str, FALSE);

    return fv_text_escape_controls (line);
  }
}

/**
 * fv_problems_full:
 *
 * Returns: whether @problems holds FV_PROBLEMS_MAX problems already: a new
 *   one will only be counted, and need not be written out
 */
gboolean
fv_problems_full (GPtrArray *problems)
{
  g_return_val_if_fail (problems != NULL, TRUE);

  return problems->len >= FV_PROBLEMS_MAX;
}

/**
 * fv_problems_count:
 * @code: the problem's code
 * @severity: an error or a warning
 *
 * Counts a problem past FV_PROBLEMS_MAX in the last one, "and N more",
 * without making it: for a checker that knows (fv_problems_full()) that a
 * problem it finds would only be counted, and can skip writing it out.
 */
void
fv_problems_count (GPtrArray         *problems,
                   FvModelError       code,
                   FvProblemSeverity  severity)
{
  FvProblem *more;

  g_return_if_fail (problems != NULL);
  g_return_if_fail (fv_problems_full (problems));

  if (problems->len == FV_PROBLEMS_MAX)
    {
      more = fv_problem_new (code, NULL, "");
      more->severity = severity;
      g_ptr_array_add (problems, more);
    }
  more = g_ptr_array_index (problems, problems->len - 1);
  more->n_more++;
  g_free (more->message);
  more->message = g_strdup_printf (more->severity == FV_PROBLEM_WARNING
                                   /* translators: the last line of a long list of warnings */
                                   ? ngettext ("and %u more warning", "and %u more warnings",
                                               more->n_more)
                                   /* translators: the last line of a long list of problems */
                                   : ngettext ("and %u more problem", "and %u more problems",
                                               more->n_more),
                                   more->n_more);
}

/**
 * fv_problems_add:
 * @problem: (transfer full)
 *
 * Adds @problem to @problems; past FV_PROBLEMS_MAX, counts it in a last
 * problem, "and N more", and frees it.
 */
void
fv_problems_add (GPtrArray *problems,
                 FvProblem *problem)
{
  g_return_if_fail (problems != NULL);
  g_return_if_fail (problem != NULL);

  if (problems->len < FV_PROBLEMS_MAX)
    {
      g_ptr_array_add (problems, problem);
      return;
    }

  fv_problems_count (problems, problem->code, problem->severity);
  fv_problem_free (problem);
}


/* How many characters of a JSON path a problem shows. */
#define PATH_SHOWN_MAX 200

/**
 * fv_problems_shorten_paths:
 *
 * Once problems are located, their paths are for reading only: a member
 * name of 50 KB in a path is shortened in the middle, so that a problem
 * stays one line a person can read.
 */
void
fv_problems_shorten_paths (GPtrArray *problems)
{
  g_return_if_fail (problems != NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      FvProblem *problem = g_ptr_array_index (problems, i);
      char *shorter;

      if (problem->path == NULL)
        continue;
      shorter = fv_text_shorten_middle (problem->path, PATH_SHOWN_MAX);
      g_free (problem->path);
      problem->path = shorter;
    }
}
