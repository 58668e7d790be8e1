/* fv-cli.c — what the command line does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing here touches GTK: these paths must work with no display.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-cli.h"
#include "fv-model.h"

static char *
summarize (FvModel *model)
{
  const struct {
    guint n;
    const char *one;
    const char *many;
  } counts[] = {
    { fv_model_get_n_events (model), N_("%u event"), N_("%u events") },
    { fv_model_get_n_statements (model), N_("%u statement"), N_("%u statements") },
    { fv_model_get_n_figures (model), N_("%u figure"), N_("%u figures") },
    { fv_model_get_n_cases (model), N_("%u case study"), N_("%u case studies") },
    { fv_model_get_n_charts (model), N_("%u chart"), N_("%u charts") },
    { fv_model_get_n_actors (model), N_("%u actor"), N_("%u actors") },
    { fv_model_get_n_sources (model), N_("%u source"), N_("%u sources") },
  };
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      if (i > 0)
        /* translators: separates the counts in "7 events, 18 statements, …" */
        g_string_append (str, _(", "));
      g_string_append_printf (str, ngettext (counts[i].one, counts[i].many, counts[i].n),
                              counts[i].n);
    }

  return g_string_free (str, FALSE);
}

static gboolean
validate_one (FvModel    *model,
              GPtrArray  *problems,
              const char *name)
{
  if (model == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = fv_problem_to_string (g_ptr_array_index (problems, i), name);
          g_printerr ("%s\n", line);
        }
      return FALSE;
    }
  else
    {
      g_autofree char *summary = summarize (model);

      /* translators: "FILE: valid fact model: 7 events, 18 statements, …" */
      g_print (_("%s: valid fact model: %s\n"), name, summary);
      return TRUE;
    }
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
      return validate_one (model, problems, name) ? 0 : 1;
    }

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(FvModel) model = NULL;

      model = fv_model_new_from_file (file, NULL, &problems, NULL);
      ok &= validate_one (model, problems, args[i]);
    }

  return ok ? 0 : 1;
}
