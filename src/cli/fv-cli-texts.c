/* fv-cli-texts.c — --source-text: the text of a source, read for a command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --source-text=ID=FILE gives the text a source of the model was made
 * from: --check-quotes checks each quotation against it, --export-sheet
 * says in the fact sheet how they fared. Both read it here, with the
 * same messages, before they write anything.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-cli.h"
#include "fv-cli-private.h"
#include "fv-format.h"

static void
source_text_clear (gpointer data)
{
  FvCliSourceText *item = data;

  g_clear_pointer (&item->text, fv_source_text_unref);
  g_clear_pointer (&item->owned, g_free);
}

/**
 * fv_cli_split_source_text:
 * @given: what --source-text gave: "ID=FILE"
 * @id: (out): the source's id
 * @file: (out): the file, in @given
 *
 * Returns: whether @given is ID=FILE; when not, a message is printed
 */
gboolean
fv_cli_split_source_text (const char  *given,
                          char       **id,
                          const char **file)
{
  const char *equals = strchr (given, '=');

  if (equals == NULL || equals == given || equals[1] == '\0')
    {
      g_autofree char *shown = fv_cli_shown (given, FV_CLI_PATH_SHOWN);

      g_printerr (_("--source-text: “%s” is not ID=FILE\n"), shown);
      return FALSE;
    }
  *id = g_strndup (given, equals - given);
  *file = equals + 1;
  return TRUE;
}

/* Reads ITEM's text from FILE; says why it cannot, naming ITEM's file. */
static gboolean
read_text (FvCliSourceText *item,
           GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;

  item->text = fv_source_text_new_from_file (file, NULL, &error);
  if (item->text != NULL)
    return TRUE;

  message = fv_text_escape_controls (error->message);
  shown = fv_cli_shown (item->file, FV_CLI_PATH_SHOWN);
  /* translators: "FILE: cannot read the text of source “article”:
   * No such file or directory" */
  g_printerr (_("%s: cannot read the text of source “%s”: %s\n"), shown, item->source->id,
              message);
  return FALSE;
}

/**
 * fv_cli_read_source_texts:
 * @source_texts: (nullable): "ID=FILE" for each source whose text is given
 *
 * Returns: (transfer full) (element-type FvCliSourceText) (nullable): each
 *   text, in the order given, then those the model names for the other
 *   sources ("text_file"); NULL, a message printed, when one is not
 *   ID=FILE, names no source of @model or twice the same, or cannot be read
 */
GArray *
fv_cli_read_source_texts (FvModel            *model,
                          const char * const *source_texts)
{
  g_autoptr(GArray) texts = g_array_new (FALSE, TRUE, sizeof (FvCliSourceText));
  g_autoptr(GHashTable) given = g_hash_table_new (NULL, NULL);  /* FvSource */

  g_array_set_clear_func (texts, source_text_clear);
  for (guint i = 0; source_texts != NULL && source_texts[i] != NULL; i++)
    {
      g_autofree char *id = NULL;
      g_autofree char *shown = NULL;
      g_autoptr(GFile) file = NULL;
      FvCliSourceText item = { NULL, NULL, NULL, NULL };

      if (!fv_cli_split_source_text (source_texts[i], &id, &item.file))
        return NULL;
      item.source = fv_model_lookup_source (model, id);
      if (item.source == NULL)
        {
          shown = fv_cli_shown (id, FV_CLI_NAME_SHOWN);
          /* translators: --source-text names a source the model does not have */
          g_printerr (_("--source-text: the model has no source “%s”\n"), shown);
          return NULL;
        }
      if (!g_hash_table_add (given, (gpointer) item.source))
        {
          shown = fv_cli_shown (id, FV_CLI_NAME_SHOWN);
          g_printerr (_("--source-text: “%s” is given twice\n"), shown);
          return NULL;
        }

      file = g_file_new_for_commandline_arg (item.file);
      if (!read_text (&item, file))
        return NULL;
      g_array_append_val (texts, item);
    }

  /* The texts the model names (a source's "text_file"), where the command
   * line gives none. */
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    {
      FvCliSourceText item = { fv_model_get_source (model, i), NULL, NULL, NULL };
      g_autoptr(GFile) file = NULL;

      if (g_hash_table_contains (given, item.source) ||
          (file = fv_model_get_source_text_file (model, item.source)) == NULL)
        continue;

      item.owned = g_file_get_path (file);
      item.file = item.owned;
      if (!read_text (&item, file))
        {
          source_text_clear (&item);
          return NULL;
        }
      g_array_append_val (texts, item);
    }

  return g_steal_pointer (&texts);
}

/**
 * fv_cli_source_texts_by_id:
 * @given: (element-type FvCliSourceText): from fv_cli_read_source_texts()
 *
 * Returns: (transfer container): @given's texts by their source's id, as
 *   fv_fact_sheet_new_with_texts() takes them; they stay @given's
 */
GHashTable *
fv_cli_source_texts_by_id (GArray *given)
{
  GHashTable *texts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < given->len; i++)
    {
      const FvCliSourceText *item = &g_array_index (given, FvCliSourceText, i);

      g_hash_table_insert (texts, (gpointer) item->source->id, item->text);
    }

  return texts;
}
