/* fv-model-load.c — a fact model from a file, from bytes, or built in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Size and type checks, then the strict checker (fv-json-scan.c) over every
 * byte, then json-glib's parser over the checked bytes, then the model
 * reader over json-glib's tree, which is freed as soon as it is read.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fv-file-read.h"
#include "fv-json-scan.h"
#include "fv-malloc.h"
#include "fv-model-reader.h"
#include "fv-model-resources.h"

#define BUILTIN_MODEL_PATH RESOURCE_PREFIX "/models/chicago-sanctuary.json"

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const FvProblem *pa = *(const FvProblem **) a;
  const FvProblem *pb = *(const FvProblem **) b;

  /* "And N more" stays last. */
  if ((pa->n_more > 0) != (pb->n_more > 0))
    return pa->n_more > 0 ? 1 : -1;
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return 0;
}

/* One GError for all the problems: the first one's code, one line each. */
static void
set_error (GError     **error,
           GPtrArray   *problems,
           const char  *display_name)
{
  GString *message = g_string_new (NULL);
  const FvProblem *first = g_ptr_array_index (problems, 0);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = fv_problem_to_string (g_ptr_array_index (problems, i),
                                                    display_name);
      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, line);
    }

  g_set_error_literal (error, FV_MODEL_ERROR, first->code, message->str);
  g_string_free (message, TRUE);
}

static FvModel *
fail (GPtrArray   *problems,
      const char  *display_name,
      GPtrArray  **problems_out,
      GError     **error)
{
  set_error (error, problems, display_name);
  if (problems_out != NULL)
    *problems_out = g_ptr_array_ref (problems);
  return NULL;
}

/* json-glib 1.6 is lenient (it takes comments, single quotes, hexadecimal
 * numbers, trailing commas, several values, …), so fv_json_check() reads
 * every byte first and gives each problem its place. From 1.10 on, json-glib's
 * strict mode refuses what RFC 8259 does not allow (the invalid files of its
 * own conformance tests); what RFC 8259 allows and json-glib gets wrong stays
 * the checker's in every release: duplicate member names (json-glib keeps the
 * last), U+0000 (json-glib cuts the string there), integers past 64 bits and
 * doubles past DBL_MAX (silently clamped), lone surrogates, and nesting deep
 * enough to exhaust the stack of its recursive parser. */
static JsonParser *
new_parser (void)
{
  JsonParser *parser = json_parser_new_immutable ();

#if JSON_CHECK_VERSION (1, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  json_parser_set_strict (parser, TRUE);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif

  return parser;
}

/**
 * fv_model_new_from_bytes:
 * @bytes: the JSON text of a fact model
 * @display_name: (nullable): the name to put in front of messages, such as
 *   the file's path
 * @problems: (out) (optional): every #FvProblem found, with its place
 * @error: a #GError in %FV_MODEL_ERROR with every problem, one a line
 *
 * Returns: (transfer full) (nullable): the model, or %NULL if it has problems
 */
FvModel *
fv_model_new_from_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GPtrArray  **problems_out,
                         GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(FvModel) model = NULL;
  g_autoptr(GError) json_error = NULL;
  const char *data;
  gsize length;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (problems_out != NULL)
    *problems_out = NULL;

  data = g_bytes_get_data (bytes, &length);

  if (length > FV_MODEL_MAX_FILE_SIZE)
    {
      g_ptr_array_add (problems,
                       fv_problem_new (FV_MODEL_ERROR_TOO_LARGE, NULL,
                                       _("The file is larger than a fact model can be "
                                         "(64 MiB)")));
      return fail (problems, display_name, problems_out, error);
    }

  if (!fv_json_check (data, length, FV_MODEL_MAX_DEPTH, problems))
    return fail (problems, display_name, problems_out, error);

  /* The text is strict JSON now, and json-glib builds its tree. It reads
   * the text with its length, as a NUL byte before the end would stop it
   * otherwise. */
  parser = new_parser ();
  if (!json_parser_load_from_data (parser, data, length, &json_error))
    {
      /* Not seen: the checker refuses first whatever json-glib refuses
       * (tests/test-jsontestsuite.c runs both over the conformance suite). */
      g_ptr_array_add (problems, fv_problem_new (FV_MODEL_ERROR_SYNTAX, NULL,
                                                 json_error->message));
      return fail (problems, display_name, problems_out, error);
    }

  model = g_object_new (FV_TYPE_MODEL, NULL);
  ok = fv_model_read (model, json_parser_get_root (parser), problems);

  /* The tree lives only while the model is read: it takes several times
   * the file. (The window's loader gives its pages back to the system once
   * the model is handed over: fv_malloc_give_back().) */
  g_clear_object (&parser);

  if (!ok)
    {
      fv_json_locate (data, length, problems);
      g_ptr_array_sort (problems, compare_problems);
      return fail (problems, display_name, problems_out, error);
    }

  if (problems_out != NULL)
    *problems_out = g_ptr_array_ref (problems);

  return g_steal_pointer (&model);
}

/**
 * fv_model_read_bytes:
 *
 * The one way a model's file is read, for loading, live reload and the
 * command line's second look alike: at most FV_MODEL_MAX_FILE_SIZE + 1
 * bytes, so that /dev/zero or a file that grows while it is read cannot
 * take all memory, and only from a regular file.
 *
 * Returns: (transfer full) (nullable): the file's bytes; fv_model_new_from_bytes()
 *   refuses them when there are more than FV_MODEL_MAX_FILE_SIZE
 */
GBytes *
fv_model_read_bytes (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  GBytes *bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  switch (fv_file_read_bounded (file, FV_MODEL_MAX_FILE_SIZE, cancellable, &bytes, error))
    {
    case FV_FILE_READ_OK:
      return bytes;
    case FV_FILE_READ_FAILED:
      return NULL;
    case FV_FILE_READ_FOLDER:
      g_set_error_literal (error, FV_MODEL_ERROR, FV_MODEL_ERROR_NOT_REGULAR,
                           _("This is a folder, not a fact model file"));
      return NULL;
    case FV_FILE_READ_NOT_REGULAR:
      g_set_error_literal (error, FV_MODEL_ERROR, FV_MODEL_ERROR_NOT_REGULAR,
                           _("This is not a regular file"));
      return NULL;
    case FV_FILE_READ_TOO_LARGE:
    default:
      g_set_error_literal (error, FV_MODEL_ERROR, FV_MODEL_ERROR_TOO_LARGE,
                           _("The file is larger than a fact model can be (64 MiB)"));
      return NULL;
    }
}

/**
 * fv_model_new_from_file:
 *
 * Like fv_model_new_from_bytes(), with the file's path (or URI) in front of
 * each message. A file that cannot be read is one problem, without a line.
 */
FvModel *
fv_model_new_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GPtrArray    **problems_out,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  FvModel *model;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_peek_path (file) ? g_strdup (g_file_peek_path (file)) : g_file_get_uri (file);

  if (problems_out != NULL)
    *problems_out = NULL;

  bytes = fv_model_read_bytes (file, cancellable, &local_error);
  if (bytes == NULL)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);
      FvModelError code = local_error->domain == FV_MODEL_ERROR ? local_error->code
                                                                 : FV_MODEL_ERROR_IO;

      g_ptr_array_add (problems, fv_problem_new (code, NULL, local_error->message));
      return fail (problems, name, problems_out, error);
    }

  model = fv_model_new_from_bytes (bytes, name, problems_out, error);
  if (model != NULL)
    model->file = g_object_ref (file);

  return model;
}

typedef struct
{
  GFile     *file;
  GPtrArray *problems;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  FvModel *model = fv_model_new_from_file (data->file, cancellable, &data->problems, &error);
  g_autoptr(GFileInfo) info = NULL;

  /* A model that is no longer wanted is dropped here, not handed back. */
  if (g_task_return_error_if_cancelled (task))
    {
      g_clear_object (&model);
      g_clear_error (&error);
    }
  else if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, g_object_unref);

  /* The model is on its way to the window: now, off its path, give the
   * freed parse tree's pages back to the system. */
  info = g_file_query_info (data->file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    fv_malloc_give_back (g_file_info_get_size (info));
}

/**
 * fv_model_new_from_file_async:
 *
 * Loads @file in a worker thread, as fv_model_new_from_file() does, so that
 * a large model does not stop the window. Cancelling drops the result.
 */
void
fv_model_new_from_file_async (GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fv_model_new_from_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * fv_model_new_from_file_finish:
 * @problems: (out) (optional): every #FvProblem found, as with
 *   fv_model_new_from_file()
 */
FvModel *
fv_model_new_from_file_finish (GAsyncResult  *result,
                               GPtrArray    **problems,
                               GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    *problems = data->problems ? g_ptr_array_ref (data->problems) : NULL;

  return g_task_propagate_pointer (G_TASK (result), error);
}

GBytes *
fv_model_get_builtin_bytes (void)
{
  return g_resource_lookup_data (fv_model_get_resource (), BUILTIN_MODEL_PATH,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/**
 * fv_model_new_builtin:
 *
 * The model of the story that comes with the program. Its tests make sure
 * it loads; failing here is a bug, so it is a critical, not a #GError.
 */
FvModel *
fv_model_new_builtin (void)
{
  g_autoptr(GBytes) bytes = fv_model_get_builtin_bytes ();
  g_autoptr(GError) error = NULL;
  FvModel *model;

  g_return_val_if_fail (bytes != NULL, NULL);

  model = fv_model_new_from_bytes (bytes, _("built-in model"), NULL, &error);
  if (model == NULL)
    g_critical ("The built-in model does not load: %s", error->message);

  return model;
}

/**
 * fv_model_locate_problems:
 * @bytes: the JSON text @problems are about
 *
 * Gives a line and column to each problem that has a JSON path only, such
 * as the warnings of fv_model_check_translations().
 */
void
fv_model_locate_problems (GBytes    *bytes,
                          GPtrArray *problems)
{
  gsize length;
  const char *data;

  g_return_if_fail (bytes != NULL);
  g_return_if_fail (problems != NULL);

  data = g_bytes_get_data (bytes, &length);
  fv_json_locate (data, length, problems);
  g_ptr_array_sort (problems, compare_problems);
}
