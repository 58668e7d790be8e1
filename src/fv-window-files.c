/* fv-window-files.c — files opened: chosen, dropped, recent, and loaded in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A model file is read off the main thread with a spinner in the header
 * bar; one that does not open leaves the model shown and says why: a file
 * that could not be read at all (gone, a folder, too large, not allowed)
 * in a toast, a model's problems, with their places, in the bar above it.
 * Opened files go to GTK's recent files, which Open Recent lists.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-format.h"
#include "fv-window-private.h"

typedef struct
{
  GWeakRef  window;  /* a load does not keep a closed window alive */
  GFile    *file;
} Loading;

static void
show_loading (FvWindow *self,
              GFile    *file)
{
  gtk_widget_set_visible (GTK_WIDGET (self->load_spinner), file != NULL);
  gtk_spinner_set_spinning (self->load_spinner, file != NULL);
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* translators: the tooltip of the spinner while a file loads */
      g_autofree char *tooltip = g_strdup_printf (_("Loading “%s”…"), name);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->load_spinner), tooltip);
    }
}

/* The first problems of a file, one a line: a label of a thousand lines
 * would take the window seconds to lay out (and make it taller than the
 * screen). */
#define PROBLEMS_SHOWN 12

static char *
problems_shown (const char *problems)
{
  g_auto(GStrv) lines = g_strsplit (problems, "\n", -1);
  guint n = g_strv_length (lines);
  g_autofree char *more = NULL;

  if (n <= PROBLEMS_SHOWN)
    return g_strdup (problems);

  /* translators: under the first problems of a file that did not open */
  more = g_strdup_printf (ngettext ("… and %u more line", "… and %u more lines",
                                    n - PROBLEMS_SHOWN), n - PROBLEMS_SHOWN);
  g_free (lines[PROBLEMS_SHOWN]);
  lines[PROBLEMS_SHOWN] = g_steal_pointer (&more);
  for (guint i = PROBLEMS_SHOWN + 1; i < n; i++)
    g_clear_pointer (&lines[i], g_free);

  return g_strjoinv ("\n", lines);
}

/* Whether a line of @text is longer than the problems bar shows whole. */
static gboolean
has_long_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_utf8_strlen (lines[i], -1) > FV_PROBLEM_LINE_MAX_CHARS)
      return TRUE;
  return FALSE;
}

#define FACT_MODEL_TYPE "application/x-fact-model+json"

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  /* (transfer none) */
  GDateTime *x = gtk_recent_info_get_modified (a);
  GDateTime *y = gtk_recent_info_get_modified (b);

  return -g_date_time_compare (x, y);
}
#define RECENT_MAX 10

/* A model opened is a model the reader may want again: GTK's recent files,
 * which file choosers and the desktop show too. */
static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) FACT_MODEL_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "fact-viewer %f",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/**
 * fv_window_update_recent_menu:
 *
 * Fills Open Recent with the last fact models opened (ten at most): each
 * by its name, with its folder.
 */
void
fv_window_update_recent_menu (FvWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  /* Newest first. */
  items = g_list_sort (items, (GCompareFunc) compare_recent);
  for (GList *l = items; l != NULL && n < RECENT_MAX; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFile) folder = NULL;
      g_autofree char *name = NULL;
      g_autofree char *where = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), FACT_MODEL_TYPE) != 0)
        continue;
      file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      folder = g_file_get_parent (file);
      name = g_file_get_basename (file);
      where = folder != NULL ? g_file_get_parse_name (folder) : g_strdup ("");
      {
        g_autofree char *shown_name = g_filename_display_name (name);
        g_autofree char *clipped = fv_text_clip (shown_name, 60);

        /* translators: an item of Open Recent: a file's name, then its folder */
        label = g_strdup_printf (_("%s — %s"), clipped, where);
      }
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  if (n == 0)
    g_menu_append (self->recent_menu, _("No Recent Models"), "win.no-recent");
}

/* A file gone from where it was: taken out of the list, and said so in a
 * toast, not in a dialog. */
static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* translators: after choosing a file of Open Recent that is no more */
      g_autofree char *message = g_strdup_printf (_("“%s” is no longer there; it is taken out "
                                                    "of Open Recent"), name);

      gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
      fv_window_notify (self, message);
      return;
    }

  fv_window_load_file (self, file);
}

/* The one problem of a file whose bytes could not be read, or NULL: the
 * problems of a model are in a file the reader has, theirs to read. */
static const FvProblem *
read_problem (const GError *error,
              GPtrArray    *problems)
{
  const FvProblem *problem;

  if (error->domain != FV_MODEL_ERROR || problems == NULL || problems->len != 1)
    return NULL;
  problem = g_ptr_array_index (problems, 0);
  switch (problem->code)
    {
    case FV_MODEL_ERROR_IO:
    case FV_MODEL_ERROR_NOT_REGULAR:
    case FV_MODEL_ERROR_TOO_LARGE:
      return problem;
    default:
      return NULL;
    }
}

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Loading *loading = user_data;
  g_autoptr(FvWindow) self = g_weak_ref_get (&loading->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(FvModel) model = fv_model_new_from_file_finish (result, &problems, &error);
  const FvProblem *unread;

  /* A load that another Open replaced, or a window that closed: nothing
   * to show. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;

  g_clear_object (&self->loading);
  show_loading (self, NULL);

  if (model != NULL)
    {
      fv_window_set_model_from_file (self, model, loading->file);
      add_recent (loading->file);
    }
  else if ((unread = read_problem (error, problems)) != NULL)
    {
      /* Nothing to locate: a notice, and the model shown stays. */
      g_autofree char *name = g_file_get_basename (loading->file);
      g_autofree char *shown = g_filename_display_name (name);
      /* translators: a notice when a model's file could not be read at all
       * (gone, a folder, too large, not allowed); %s is the file's name,
       * then why */
      g_autofree char *text = g_strdup_printf (_("“%s” could not be read: %s"), shown,
                                               unread->message);

      fv_window_notify (self, text);
    }
  else
    {
      g_autofree char *name = g_file_get_parse_name (loading->file);
      g_autofree char *shown = problems_shown (error->message);
      gboolean more = !g_str_equal (shown, error->message) || has_long_line (shown);

      /* The whole list, on demand: in a list view, which lays out only
       * the rows on screen. */
      g_free (self->problems);
      self->problems = g_strdup (error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", more);
      gtk_widget_set_visible (self->show_problems_button, more);
      /* translators: the heading of the problems of a file that did not open */
      g_autofree char *message = g_strdup_printf (_("“%s” could not be opened:\n%s"), name, shown);

      fv_window_show_problems (self, message);
    }

out:
  g_weak_ref_clear (&loading->window);
  g_object_unref (loading->file);
  g_free (loading);
}

/**
 * fv_window_load_file:
 *
 * Loads @file off the main thread, showing that it does, and shows it (or
 * its problems, above the model that stays) when done; the window stays
 * responsive meanwhile. A second load cancels the first.
 */
void
fv_window_load_file (FvWindow *self,
                     GFile    *file)
{
  Loading *loading;

  g_return_if_fail (FV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  show_loading (self, file);

  loading = g_new0 (Loading, 1);
  g_weak_ref_init (&loading->window, self);
  loading->file = g_object_ref (file);
  fv_model_new_from_file_async (file, self->loading, on_file_loaded, loading);
}

/* Files dropped on the window: the first in this window, each other in a
 * window of its own (as the application opens several). Any file: the
 * loader judges it. */
static void
open_files (FvWindow *self,
            GSList   *files)
{
  GtkApplication *app;
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  if (files == NULL)
    return;
  fv_window_load_file (self, files->data);

  for (GSList *l = files->next; l != NULL; l = l->next)
    g_ptr_array_add (others, l->data);
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (others->len > 0 && app != NULL)
    g_application_open (G_APPLICATION (app), (GFile **) others->pdata, others->len, "");
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         FvWindow      *self)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  {
    /* A new list of the file list's files (transfer container). */
    GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

    open_files (self, files);
    g_slist_free (files);
  }
  return TRUE;
}

/* Files dropped from a file manager open, the window highlighted while
 * they are over it (GTK's :drop(active), styled in style.css). */
void
fv_window_setup_drop (FvWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  FvWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      fv_window_load_file (self, file);
    }

  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FvWindow *self = FV_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *json = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Fact Model"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

  gtk_file_filter_set_name (json, _("Fact models (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), json);
  g_object_unref (json);
  g_object_unref (all);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
fv_window_class_install_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
}
