/* bench-scroll-rows.c — the fair baseline of bench-scroll: the same rows alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-scroll-rows MODEL WIDTH HEIGHT: a window of Fact Viewer's size
 * holding only a GtkListView of WIDTH × HEIGHT pixels (the size of the
 * event list in bench-scroll's window) whose rows are the event list's:
 * the same widgets, with the same style classes and the same style sheet,
 * and the same strings, taken from MODEL's events, oldest first, before
 * the clock starts. Scrolled as bench-scroll scrolls the event list; prints
 * the median and the worst time between frames, in milliseconds, and the
 * number of frames. What bench-scroll takes beyond it is the rest of the
 * window's and the event list's own work (formatting, recycling).
 */
#include "config.h"

#include <adwaita.h>

#include "bench-scroll-common.h"

#include "fv-format.h"
#include "fv-model.h"
#include "fv-row-layout.h"

/* FV_ROW_MAX_CHARS, the most characters of a text a row of the event list
 * shows. */
#define ROW_MAX_CHARS 300

typedef struct
{
  GPtrArray *dates;
  GPtrArray *titles;
  GPtrArray *actors;
} Rows;

/* As setup_event_row() in src/widgets/fv-timeline-page.c makes it, with
 * fv_fact_label_new()'s settings written out. */
static GtkWidget *
row_label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *date = row_label_new ("date");
  GtkWidget *title = row_label_new ("heading");
  GtkWidget *actors = row_label_new ("dim-label");

  gtk_label_set_wrap (GTK_LABEL (date), FALSE);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (actors), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (actors), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (box, "event-row");
  gtk_widget_set_layout_manager (box, fv_row_layout_new (2));
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), actors);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Rows                     *rows)
{
  guint i = gtk_list_item_get_position (item);
  GtkWidget *date = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *title = gtk_widget_get_next_sibling (date);
  GtkWidget *actors = gtk_widget_get_next_sibling (title);
  const char *who = g_ptr_array_index (rows->actors, i);

  gtk_label_set_text (GTK_LABEL (date), g_ptr_array_index (rows->dates, i));
  gtk_label_set_text (GTK_LABEL (title), g_ptr_array_index (rows->titles, i));
  gtk_label_set_text (GTK_LABEL (actors), who);
  gtk_widget_set_visible (actors, *who != '\0');
}

/* The rows' strings, as the event list shows them (in the model's own
 * language). */
static void
rows_fill (Rows    *rows,
           FvModel *model)
{
  const FvEvent **events = fv_model_get_events_by_date (model);
  guint n = fv_model_get_n_events (model);

  rows->dates = g_ptr_array_new_full (n, g_free);
  rows->titles = g_ptr_array_new_full (n, g_free);
  rows->actors = g_ptr_array_new_full (n, g_free);
  for (guint i = 0; i < n; i++)
    {
      const FvEvent *event = events[i];
      GString *who = g_string_new (NULL);

      for (guint a = 0; a < event->n_actors; a++)
        {
          if (a > 0)
            g_string_append (who, ", ");
          g_string_append (who, fv_model_text (model, &event->actors[a]->name, NULL));
        }
      g_ptr_array_add (rows->dates, fv_format_event_date (event));
      g_ptr_array_add (rows->titles,
                       fv_text_clip (fv_model_text (model, &event->title, NULL), ROW_MAX_CHARS));
      g_ptr_array_add (rows->actors, fv_text_clip (who->str, ROW_MAX_CHARS));
      g_string_free (who, TRUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(FvModel) model = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  Rows rows = { 0 };
  GtkStringList *items;
  GtkListItemFactory *factory;
  GtkWidget *window, *scrolled, *list;
  int width, height;

  if (argc != 4)
    {
      g_printerr ("usage: %s MODEL WIDTH HEIGHT\n", argv[0]);
      return 2;
    }

  adw_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  model = fv_model_new_from_file (file, NULL, NULL, &error);
  if (model == NULL)
    g_error ("%s", error->message);
  width = atoi (argv[2]);
  height = atoi (argv[3]);
  rows_fill (&rows, model);

  /* Fact Viewer's style sheet: the rows' padding, the date's size. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_path (css, FV_STYLE_CSS);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* One item a row; the strings are the arrays' at its position. */
  items = gtk_string_list_new (NULL);
  for (guint i = 0; i < rows.titles->len; i++)
    gtk_string_list_append (items, "");

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), &rows);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (items))),
                            factory);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 820);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, width, height);
  gtk_widget_set_halign (scrolled, GTK_ALIGN_START);
  gtk_widget_set_valign (scrolled, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));

  bench_scroll_run (list);

  gtk_window_destroy (GTK_WINDOW (window));
  g_ptr_array_unref (rows.dates);
  g_ptr_array_unref (rows.titles);
  g_ptr_array_unref (rows.actors);
  return 0;
}
