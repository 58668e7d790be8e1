/* fv-model.c — a fact model: loading, and the queries the views use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fv-json-scan.h"
#include "fv-malloc.h"
#include "fv-model-private.h"
#include "fv-model-resources.h"

#define BUILTIN_MODEL_PATH RESOURCE_PREFIX "/models/chicago-sanctuary.json"

G_DEFINE_FINAL_TYPE (FvModel, fv_model, G_TYPE_OBJECT)

static void
fv_model_finalize (GObject *object)
{
  FvModel *self = (FvModel *)object;

  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->statements_by_actor, g_hash_table_unref);
  g_clear_pointer (&self->preferred, g_strfreev);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (fv_model_parent_class)->finalize (object);
}

static void
fv_model_class_init (FvModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_model_finalize;
}

static void
fv_model_init (FvModel *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->statements_by_actor = g_hash_table_new (NULL, NULL);
  fv_model_set_languages (self, NULL);
}

/* Zeroed memory that lives as long as MODEL: a model is read once and never
 * changes, so its parts are freed together. Never NULL, even for 0 bytes. */
gpointer
fv_model_alloc0 (FvModel *model,
                 gsize    size)
{
  gpointer mem = g_malloc0 (MAX (size, 1));

  g_ptr_array_add (model->blocks, mem);
  return mem;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const FvProblem *pa = *(const FvProblem **) a;
  const FvProblem *pb = *(const FvProblem **) b;

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
  model->display_name = g_strdup (display_name);
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

/* Reads at most FV_MODEL_MAX_FILE_SIZE + 1 bytes, so that /dev/zero or a file
 * that grows while it is read cannot take all memory. */
static GBytes *
read_bounded (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  gsize limit = FV_MODEL_MAX_FILE_SIZE + 1;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error_literal (error, FV_MODEL_ERROR, FV_MODEL_ERROR_NOT_REGULAR,
                           g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY
                           ? _("This is a folder, not a fact model file")
                           : _("This is not a regular file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > FV_MODEL_MAX_FILE_SIZE)
    {
      g_set_error_literal (error, FV_MODEL_ERROR, FV_MODEL_ERROR_TOO_LARGE,
                           _("The file is larger than a fact model can be (64 MiB)"));
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  buffer = g_byte_array_sized_new (MIN ((gsize) g_file_info_get_size (info) + 1, limit));
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      g_byte_array_append (buffer, chunk, MIN ((gsize) n, limit - buffer->len));
      if (buffer->len >= limit)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
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

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_peek_path (file) ? g_strdup (g_file_peek_path (file)) : g_file_get_uri (file);

  if (problems_out != NULL)
    *problems_out = NULL;

  bytes = read_bounded (file, cancellable, &local_error);
  if (bytes == NULL)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) fv_problem_free);
      FvModelError code = local_error->domain == FV_MODEL_ERROR ? local_error->code
                                                                 : FV_MODEL_ERROR_IO;

      g_ptr_array_add (problems, fv_problem_new (code, NULL, local_error->message));
      return fail (problems, name, problems_out, error);
    }

  return fv_model_new_from_bytes (bytes, name, problems_out, error);
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

const char *
fv_model_get_display_name (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->display_name;
}

const char *
fv_model_get_language (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->language;
}

/* "es_ES.UTF-8@euro" → "es-es"; NULL for "C" and "POSIX". */
char *
fv_language_normalize (const char *tag)
{
  GString *str;

  if (tag == NULL || strcmp (tag, "C") == 0 || strcmp (tag, "POSIX") == 0 ||
      g_str_has_prefix (tag, "C."))
    return NULL;

  str = g_string_new (NULL);
  for (const char *p = tag; *p != '\0' && *p != '.' && *p != '@'; p++)
    g_string_append_c (str, *p == '_' ? '-' : g_ascii_tolower (*p));

  if (str->len == 0)
    {
      g_string_free (str, TRUE);
      return NULL;
    }

  return g_string_free (str, FALSE);
}

guint
fv_language_hash (gconstpointer tag)
{
  guint hash = 5381;

  for (const char *p = tag; *p != '\0'; p++)
    hash = hash * 33 + g_ascii_tolower (*p);
  return hash;
}

gboolean
fv_language_equal (gconstpointer a,
                   gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

/**
 * fv_model_get_languages:
 *
 * Returns: (transfer none) (array zero-terminated=1): the languages of the
 *   model's texts: its own first, then the others, sorted
 */
const char * const *
fv_model_get_languages (FvModel *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->languages != NULL ? (const char * const *) self->languages : none;
}

/**
 * fv_model_get_content_language:
 *
 * Returns: the language the model's texts are shown in: the first of the
 *   reader's languages that the model has, else the model's own
 */
const char *
fv_model_get_content_language (FvModel *self)
{
  const char * const *languages;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  languages = fv_model_get_languages (self);
  for (guint i = 0; self->preferred[i] != NULL; i++)
    for (guint j = 0; languages[j] != NULL; j++)
      if (g_ascii_strcasecmp (self->preferred[i], languages[j]) == 0)
        return languages[j];

  return self->language;
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

/**
 * fv_model_set_languages:
 * @languages: (nullable): the reader's languages, best first, as locale
 *   names ("es_ES.UTF-8") or language tags ("es-ES"); %NULL for the
 *   locale's, from g_get_language_names()
 *
 * Texts are then read in the first of these that a text has, else in the
 * model's own language.
 */
void
fv_model_set_languages (FvModel            *self,
                        const char * const *languages)
{
  g_autoptr(GPtrArray) preferred = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (FV_IS_MODEL (self));

  if (languages == NULL)
    languages = g_get_language_names ();

  /* "pt_BR" also means "pt" after it, as gettext reads it. */
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *tag = fv_language_normalize (languages[i]);

      while (tag != NULL)
        {
          char *dash = strrchr (tag, '-');
          gboolean seen = FALSE;

          for (guint j = 0; j < preferred->len; j++)
            seen |= g_str_equal (g_ptr_array_index (preferred, j), tag);
          if (!seen)
            g_ptr_array_add (preferred, g_strdup (tag));

          if (dash == NULL)
            break;
          *dash = '\0';
        }
    }
  g_ptr_array_add (preferred, NULL);
  g_ptr_array_set_free_func (preferred, NULL);

  g_strfreev (self->preferred);
  self->preferred = (char **) g_ptr_array_free (g_steal_pointer (&preferred), FALSE);
}

/**
 * fv_model_text:
 * @text: a text of this model
 *
 * Returns: (nullable): @text in the reader's language, falling back to the
 *   model's own; %NULL when the text is absent
 */
const char *
fv_model_text (FvModel      *self,
               const FvText *text)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (text->n_translations == 0)
    return text->original;

  for (guint i = 0; self->preferred[i] != NULL; i++)
    {
      const char *want = self->preferred[i];

      for (guint j = 0; j < text->n_translations; j++)
        if (g_ascii_strcasecmp (want, text->translations[j].language) == 0)
          return text->translations[j].value;

      if (text->original != NULL && self->language != NULL &&
          g_ascii_strcasecmp (want, self->language) == 0)
        return text->original;
    }

  /* The translations of a quotation have no original: none fits. */
  return text->original;
}

const char *
fv_model_get_title (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return fv_model_text (self, &self->title);
}

const char *
fv_model_get_tab_title (FvModel *self,
                        FvTab    tab)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (tab < FV_N_TABS, NULL);

  return fv_model_text (self, &self->tab_titles[tab]);
}

/* The case study the case tab shows: the one the tab names, else the first. */
const FvCase *
fv_model_get_tab_case (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->tab_case;
}

#define DEFINE_LIST(kind, Type, field) \
  guint \
  fv_model_get_n_##field (FvModel *self) \
  { \
    g_return_val_if_fail (FV_IS_MODEL (self), 0); \
    return self->n_##field; \
  } \
  \
  const Type * \
  fv_model_get_##kind (FvModel *self, \
                       guint    position) \
  { \
    g_return_val_if_fail (FV_IS_MODEL (self), NULL); \
    g_return_val_if_fail (position < self->n_##field, NULL); \
    return &self->field[position]; \
  }

DEFINE_LIST (source, FvSource, sources)
DEFINE_LIST (actor, FvActor, actors)
DEFINE_LIST (statement, FvStatement, statements)
DEFINE_LIST (figure, FvFigure, figures)
DEFINE_LIST (case, FvCase, cases)
DEFINE_LIST (chart, FvChart, charts)

#undef DEFINE_LIST

guint
fv_model_get_n_events (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), 0);

  return self->n_events;
}

/**
 * fv_model_get_event:
 * @position: a position in date order
 *
 * Returns: the event at @position, oldest first (events of one date keep
 *   the order of the file)
 */
const FvEvent *
fv_model_get_event (FvModel *self,
                    guint    position)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (position < self->n_events, NULL);

  return self->events_by_date[position];
}

/**
 * fv_model_get_events_by_date:
 *
 * Returns: (array zero-terminated=1): every event, oldest first
 */
const FvEvent **
fv_model_get_events_by_date (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->events_by_date;
}

/**
 * fv_model_get_statements_by_actor:
 *
 * Returns: (array length=n_statements): what @actor said, in the model's order
 */
const FvStatement **
fv_model_get_statements_by_actor (FvModel       *self,
                                  const FvActor *actor,
                                  guint         *n_statements)
{
  FvStatementList *list;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (n_statements != NULL, NULL);

  list = g_hash_table_lookup (self->statements_by_actor, actor);
  *n_statements = list ? list->n_items : 0;

  return list ? list->items : NULL;
}

/**
 * fv_model_get_lead_actors:
 *
 * Returns: (array length=n_actors): the actors whose statements come first
 *   in the statements tab
 */
const FvActor **
fv_model_get_lead_actors (FvModel *self,
                          guint   *n_actors)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (n_actors != NULL, NULL);

  *n_actors = self->n_lead_actors;
  return self->lead_actors;
}

static gconstpointer
lookup (FvModel    *self,
        const char *id,
        FvKind      kind)
{
  const FvIdEntry *entry;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->ids, id);
  return entry != NULL && entry->kind == kind ? entry->thing : NULL;
}

const FvSource *
fv_model_lookup_source (FvModel    *self,
                        const char *id)
{
  return lookup (self, id, FV_KIND_SOURCE);
}

const FvActor *
fv_model_lookup_actor (FvModel    *self,
                       const char *id)
{
  return lookup (self, id, FV_KIND_ACTOR);
}

const FvEvent *
fv_model_lookup_event (FvModel    *self,
                       const char *id)
{
  return lookup (self, id, FV_KIND_EVENT);
}

const FvStatement *
fv_model_lookup_statement (FvModel    *self,
                           const char *id)
{
  return lookup (self, id, FV_KIND_STATEMENT);
}

const FvFigure *
fv_model_lookup_figure (FvModel    *self,
                        const char *id)
{
  return lookup (self, id, FV_KIND_FIGURE);
}

const FvCase *
fv_model_lookup_case (FvModel    *self,
                      const char *id)
{
  return lookup (self, id, FV_KIND_CASE);
}

const FvChart *
fv_model_lookup_chart (FvModel    *self,
                       const char *id)
{
  return lookup (self, id, FV_KIND_CHART);
}

/* Orders dates by what they say: "2017" comes before "2017-01", which comes
 * before "2017-01-25", since an unknown month or day counts as 0. */
int
fv_date_compare (const FvDate *a,
                 const FvDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

/**
 * fv_day_number:
 *
 * Returns: the day number of a date, counted as g_date_get_julian() counts
 *   them (1 January of year 1 is day 1), by arithmetic rather than through
 *   a GDate; the same number for every valid date from year 1 to 9999.
 *   Years outside are taken as 1 or 9999.
 */
gint32
fv_day_number (int year,
               int month,
               int day)
{
  int y = CLAMP (year, 1, 9999) - (month <= 2);
  int era = y / 400;
  int year_of_era = y - era * 400;
  int day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return era * 146097 + day_of_era - 305;
}

/* The first day of the date's period: of its year, month or day. */
gint32
fv_date_first_day (const FvDate *date)
{
  return fv_day_number (date->year, MAX (date->month, 1), MAX (date->day, 1));
}

/* The day after the date's period. */
gint32
fv_date_day_after (const FvDate *date)
{
  switch (date->precision)
    {
    case FV_DATE_PRECISION_YEAR:
      return fv_day_number (date->year + 1, 1, 1);
    case FV_DATE_PRECISION_MONTH:
      return date->month == 12 ? fv_day_number (date->year + 1, 1, 1)
                               : fv_day_number (date->year, date->month + 1, 1);
    case FV_DATE_PRECISION_DAY:
    default:
      return fv_date_first_day (date) + 1;
    }
}

/* The date as the model wrote it: "2017", "2017-01" or "2017-01-25". */
char *
fv_date_to_iso (const FvDate *date)
{
  switch (date->precision)
    {
    case FV_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case FV_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02u", date->year, date->month);
    case FV_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04d-%02u-%02u", date->year, date->month, date->day);
    case FV_DATE_PRECISION_NONE:
    default:
      return NULL;
    }
}
