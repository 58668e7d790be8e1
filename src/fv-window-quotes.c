/* fv-window-quotes.c — quotations checked against their source's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Check Quotations…" asks which source (when more than one is quoted) and
 * for the file of its text, plain text or a web page as a browser saves
 * it. The file is read and every quotation into the source checked in a
 * worker (a saved page is megabytes; a quotation missing from a long
 * paragraph is compared word by word); the window answers meanwhile. The
 * session keeps the text and the checks; each quotation's mark comes from
 * them (fv-quote-mark.c). A model read again is checked again against the
 * texts kept, quietly; a source's text that the model names beside it
 * ("text_file") is read as if it were given. A mark shows its quotation
 * in the side pane (fv-window-quote-pane.c).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-format.h"
#include "fv-window-private.h"

/* A source's title in a toast, a dialog or the side pane. */
#define SOURCE_TITLE_SHOWN  80

/**
 * fv_window_source_title:
 * @clipped: (out): where the title, clipped, is kept: free it
 *
 * Returns: @source's title in the language shown, clipped for a line
 */
const char *
fv_window_source_title (FvWindow       *self,
                        const FvSource *source,
                        char          **clipped)
{
  *clipped = fv_text_clip (fv_session_text (self->session, &source->title), SOURCE_TITLE_SHOWN);
  return *clipped;
}

/* ---- Checking, in a worker ---------------------------------------------- */

typedef struct
{
  GWeakRef      window;
  GFile        *file;       /* to read, or NULL when text is read already */
  FvSourceText *text;
  FvModel      *model;      /* the model the checks are made of */
  char         *source_id;
  GPtrArray    *checks;
  gboolean      announce;   /* the person asked: say how it went */
} QuoteJob;

static void
quote_job_free (gpointer data)
{
  QuoteJob *job = data;

  g_weak_ref_clear (&job->window);
  g_clear_object (&job->file);
  g_clear_pointer (&job->text, fv_source_text_unref);
  g_clear_object (&job->model);
  g_free (job->source_id);
  g_clear_pointer (&job->checks, g_ptr_array_unref);
  g_free (job);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  QuoteJob *job = task_data;
  GError *error = NULL;
  const FvSource *source;

  if (job->text == NULL)
    {
      job->text = fv_source_text_new_from_file (job->file, cancellable, &error);
      if (job->text == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  /* A source of a model still loading, maybe: no checks (on_checked). */
  source = fv_model_lookup_source (job->model, job->source_id);
  if (source != NULL)
    job->checks = fv_quote_check_model (job->model, source, job->text, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
announce (FvWindow *self,
          QuoteJob *job)
{
  const FvSource *source = fv_model_lookup_source (job->model, job->source_id);
  g_autofree char *clipped = NULL;
  const char *title = fv_window_source_title (self, source, &clipped);
  g_autofree char *message = NULL;
  guint differ = 0;

  for (guint i = 0; i < job->checks->len; i++)
    {
      const FvQuoteCheck *check = g_ptr_array_index (job->checks, i);

      if (check->match.status != FV_QUOTE_VERBATIM)
        differ++;
    }

  if (job->checks->len == 0)
    /* translators: %s is a source's title */
    message = g_strdup_printf (_("“%s” is not quoted"), title);
  else if (differ == 0)
    /* translators: after quotations were checked against their source's
     * text; %u is how many, %s the source's title */
    message = g_strdup_printf (ngettext ("%u quotation of “%s” checked: verbatim in its paragraph",
                                         "%u quotations of “%s” checked: all verbatim in their paragraphs",
                                         job->checks->len),
                               job->checks->len, title);
  else
    /* translators: after quotations were checked against their source's
     * text; %u is how many are not verbatim, %s the source's title */
    message = g_strdup_printf (ngettext ("%u quotation of “%s” is not verbatim in its paragraph: see its mark",
                                         "%u quotations of “%s” are not verbatim in their paragraphs: see their marks",
                                         differ),
                               differ, title);

  fv_window_notify (self, message);
}

static void
no_such_source (FvWindow   *self,
                const char *source_id)
{
  g_autofree char *shown = fv_text_clip (source_id, 64);
  g_autofree char *escaped = fv_text_escape_controls (shown);
  /* translators: %s is the id given with --source-text */
  g_autofree char *message = g_strdup_printf (_("The story has no source “%s”: no quotations "
                                                "were checked"), escaped);

  fv_window_show_problems (self, message);
}

static void check_quotes (FvWindow     *self,
                          const char   *source_id,
                          GFile        *file,
                          FvSourceText *text,
                          gboolean      announced);

static void
on_checked (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  QuoteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(FvWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  FvModel *model;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (self != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_parse_name (job->file);
          g_autofree char *shown = fv_text_clip (name, 200);
          /* translators: %s is a file's name, then why it could not be read */
          g_autofree char *message = g_strdup_printf (_("The text in “%s” could not be read: %s"),
                                                      shown, error->message);

          fv_window_show_problems (self, message);
        }
      return;
    }

  if (self == NULL)
    return;
  model = fv_session_get_model (self->session);
  if (job->checks != NULL &&
      fv_session_set_quote_checks (self->session, job->model, job->source_id, job->text,
                                   job->checks))
    {
      if (job->announce)
        announce (self, job);
    }
  /* Another model came meanwhile (a reload; the file given with the text
   * on the command line): the text asked for is checked against it. */
  else if (job->announce && model != job->model && model != NULL &&
           fv_model_lookup_source (model, job->source_id) != NULL)
    check_quotes (self, job->source_id, NULL, job->text, TRUE);
  /* The model of the command line, still loading, may have the source. */
  else if (job->announce && self->loading != NULL)
    g_hash_table_replace (self->pending_texts, g_strdup (job->source_id),
                          fv_source_text_ref (job->text));
  else if (job->announce && job->checks == NULL)
    no_such_source (self, job->source_id);
}

/* Checks the quotations into @source_id of the model shown against @text,
 * or the text in @file, in a worker. */
static void
check_quotes (FvWindow     *self,
              const char   *source_id,
              GFile        *file,
              FvSourceText *text,
              gboolean      announced)
{
  g_autoptr(GTask) task = NULL;
  QuoteJob *job;

  if (self->checking == NULL)
    self->checking = g_cancellable_new ();

  job = g_new0 (QuoteJob, 1);
  g_weak_ref_init (&job->window, self);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->text = text != NULL ? fv_source_text_ref (text) : NULL;
  job->model = g_object_ref (fv_session_get_model (self->session));
  job->source_id = g_strdup (source_id);
  job->announce = announced;

  task = g_task_new (NULL, self->checking, on_checked, NULL);
  g_task_set_source_tag (task, check_quotes);
  g_task_set_task_data (task, job, quote_job_free);
  g_task_run_in_thread (task, check_in_thread);
}

/* Another model: its quotations against the texts kept (the session kept
 * those of the sources the model still has). */
static void
on_model_changed (FvWindow *self)
{
  FvModel *model = fv_session_get_model (self->session);
  g_autoptr(GPtrArray) quoted = model != NULL ? fv_quote_sources (model) : NULL;
  GHashTableIter iter;
  gpointer key, value;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-quotes",
                                 quoted != NULL && quoted->len > 0);

  /* The texts of the command line that waited for the model's file. */
  g_hash_table_iter_init (&iter, self->pending_texts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (model != NULL && fv_model_lookup_source (model, key) != NULL)
        check_quotes (self, key, NULL, value, TRUE);
      else
        no_such_source (self, key);
      g_hash_table_iter_remove (&iter);
    }

  g_hash_table_iter_init (&iter, fv_session_get_source_texts (self->session));
  while (g_hash_table_iter_next (&iter, &key, &value))
    check_quotes (self, key, NULL, value, FALSE);

  /* The texts the model names beside it ("text_file"), once. */
  for (guint i = 0; model != NULL && i < fv_model_get_n_sources (model); i++)
    {
      const FvSource *source = fv_model_get_source (model, i);
      g_autoptr(GFile) file = fv_model_get_source_text_file (model, source);

      if (file != NULL &&
          !g_hash_table_contains (fv_session_get_source_texts (self->session), source->id))
        check_quotes (self, source->id, file, NULL, TRUE);
    }
}

/**
 * fv_window_check_quotes_in:
 * @source_id: a source of the model shown, or of the model being loaded
 * @file: the source's text, plain text or a web page
 *
 * Checks the quotations into the source against the text in @file, as
 * "Check Quotations…" does (--source-text on the command line).
 */
void
fv_window_check_quotes_in (FvWindow   *self,
                           const char *source_id,
                           GFile      *file)
{
  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (source_id != NULL);
  g_return_if_fail (G_IS_FILE (file));

  check_quotes (self, source_id, file, NULL, TRUE);
}

/* ---- Which source, which file ------------------------------------------- */

typedef struct
{
  FvWindow *window;
  char     *source_id;
} FileChoice;

static void
file_choice_free (gpointer  data,
                  GClosure *closure)
{
  FileChoice *choice = data;

  g_free (choice->source_id);
  g_free (choice);
}

static void
on_text_chosen (GtkNativeDialog *chooser,
                int              response,
                FileChoice      *choice)
{
  FvWindow *self = choice->window;

  if (response == GTK_RESPONSE_ACCEPT &&
      fv_model_lookup_source (fv_session_get_model (self->session), choice->source_id) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        check_quotes (self, choice->source_id, file, NULL, TRUE);
    }
  g_object_unref (chooser);
}

static void
choose_text (FvWindow       *self,
             const FvSource *source)
{
  g_autoptr(GtkFileFilter) texts = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  g_autofree char *clipped = NULL;
  /* translators: a file chooser's title; %s is a source's title */
  g_autofree char *title = g_strdup_printf (_("The Text of “%s”"),
                                            fv_window_source_title (self, source, &clipped));
  GtkFileChooserNative *chooser;
  FileChoice *choice;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Check"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (texts, _("Texts and web pages"));
  gtk_file_filter_add_mime_type (texts, "text/plain");
  gtk_file_filter_add_mime_type (texts, "text/html");
  gtk_file_filter_add_suffix (texts, "txt");
  gtk_file_filter_add_suffix (texts, "html");
  gtk_file_filter_add_suffix (texts, "htm");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), texts);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  choice = g_new0 (FileChoice, 1);
  choice->window = self;
  choice->source_id = g_strdup (source->id);
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_text_chosen), choice,
                         file_choice_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  FvWindow    *window;
  GtkDropDown *sources;
  GStrv        ids;  /* in the drop-down's order */
} SourceChoice;

static void
source_choice_free (gpointer  data,
                    GClosure *closure)
{
  SourceChoice *choice = data;

  g_strfreev (choice->ids);
  g_free (choice);
}

static void
on_source_chosen (AdwMessageDialog *dialog,
                  const char       *response,
                  SourceChoice     *choice)
{
  FvWindow *self = choice->window;
  guint selected = gtk_drop_down_get_selected (choice->sources);
  const FvSource *source;

  if (!g_str_equal (response, "choose") || selected >= g_strv_length (choice->ids))
    return;

  source = fv_model_lookup_source (fv_session_get_model (self->session), choice->ids[selected]);
  if (source != NULL)
    choose_text (self, source);
}

/* Check Quotations…: which source, when the story quotes more than one. */
static void
check_quotes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  FvModel *model = fv_session_get_model (self->session);
  g_autoptr(GPtrArray) quoted = model != NULL ? fv_quote_sources (model) : NULL;
  g_autoptr(GStrvBuilder) titles = NULL;
  g_autoptr(GStrvBuilder) ids = NULL;
  g_auto(GStrv) shown = NULL;
  GtkWidget *dialog;
  GtkWidget *sources;
  SourceChoice *choice;

  if (quoted == NULL || quoted->len == 0)
    return;
  if (quoted->len == 1)
    {
      choose_text (self, g_ptr_array_index (quoted, 0));
      return;
    }

  titles = g_strv_builder_new ();
  ids = g_strv_builder_new ();
  for (guint i = 0; i < quoted->len; i++)
    {
      const FvSource *source = g_ptr_array_index (quoted, i);
      g_autofree char *clipped = NULL;

      g_strv_builder_add (titles, fv_window_source_title (self, source, &clipped));
      g_strv_builder_add (ids, source->id);
    }
  shown = g_strv_builder_end (titles);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Check Quotations"),
                                   _("Choose the source whose text you have in a file: each "
                                     "quotation of it is looked for in the text."));
  sources = gtk_drop_down_new_from_strings ((const char * const *) shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sources), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Source"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), sources);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "choose", _("C_hoose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  choice = g_new0 (SourceChoice, 1);
  choice->window = self;
  choice->sources = GTK_DROP_DOWN (sources);
  choice->ids = g_strv_builder_end (ids);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_source_chosen), choice,
                         source_choice_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A quotation's mark "not checked": the file of its source's text. */
static void
check_quotes_of_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  FvModel *model = fv_session_get_model (self->session);
  const FvSource *source = model != NULL
                           ? fv_model_lookup_source (model, g_variant_get_string (parameter, NULL))
                           : NULL;

  if (source != NULL)
    choose_text (self, source);
}

/* ---- Setting up --------------------------------------------------------- */

void
fv_window_class_bind_quotes (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.check-quotes", NULL, check_quotes_action);
  gtk_widget_class_install_action (widget_class, "win.check-quotes-of", "s",
                                   check_quotes_of_action);
  fv_window_class_bind_quote_pane (widget_class);
}

void
fv_window_setup_quotes (FvWindow *self)
{
  self->pending_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) fv_source_text_unref);

  g_signal_connect_object (self->session, "notify::model", G_CALLBACK (on_model_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check-quotes", FALSE);
  fv_window_setup_quote_pane (self);
}

void
fv_window_dispose_quotes (FvWindow *self)
{
  if (self->checking != NULL)
    g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  g_clear_weak_pointer (&self->focus_before_quote);
  g_clear_pointer (&self->pending_texts, g_hash_table_unref);
}
