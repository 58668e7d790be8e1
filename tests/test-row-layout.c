/* test-row-layout.c — the event list's row layout places its children as a vertical GtkBox does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FvRowLayout answers a row's width from its first child alone; its
 * heights and the places of its children must stay those of the GtkBox it
 * stands in for, for titles of one line, of two and cut, and without the
 * people line.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "fv-row-layout.h"

static GtkWidget *
row_new (gboolean    ours,
         const char *title_text,
         gboolean    with_people)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *date = gtk_label_new ("March 3, 1990");
  GtkWidget *title = gtk_label_new (title_text);
  GtkWidget *people = gtk_label_new ("Actor 0, Actor 1, Actor 2, Actor 3, Actor 4, Actor 5");

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (people), PANGO_ELLIPSIZE_END);
  gtk_widget_set_visible (people, with_people);
  if (ours)
    gtk_widget_set_layout_manager (box, fv_row_layout_new (2));
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), people);
  return g_object_ref_sink (box);
}

static void
test_as_a_box (void)
{
  const char *titles[] = {
    "One line",
    "A title long enough to wrap onto a second line in a row of two hundred pixels",
    "A much longer title that has to wrap onto a second line and then goes on well past it "
    "so that the end of the second line is cut with an ellipsis",
  };

  for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
    for (int with_people = 0; with_people < 2; with_people++)
      {
        g_autoptr(GtkWidget) box = row_new (FALSE, titles[t], with_people);
        g_autoptr(GtkWidget) ours = row_new (TRUE, titles[t], with_people);
        int box_min, box_nat, min, nat, date_min;

        gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 200, &box_min, &box_nat, NULL, NULL);
        gtk_widget_measure (ours, GTK_ORIENTATION_VERTICAL, 200, &min, &nat, NULL, NULL);
        g_assert_cmpint (min, ==, box_min);
        g_assert_cmpint (nat, ==, box_nat);

        /* Its least width: the date's, which a box's is too. */
        gtk_widget_measure (gtk_widget_get_first_child (ours), GTK_ORIENTATION_HORIZONTAL, -1,
                            &date_min, NULL, NULL, NULL);
        gtk_widget_measure (ours, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
        gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &box_min, NULL, NULL, NULL);
        g_assert_cmpint (min, ==, date_min);
        g_assert_cmpint (min, ==, box_min);

        gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 200, box_nat }, -1);
        gtk_widget_size_allocate (ours, &(GtkAllocation) { 0, 0, 200, nat }, -1);
        for (GtkWidget *a = gtk_widget_get_first_child (box), *b = gtk_widget_get_first_child (ours);
             a != NULL;
             a = gtk_widget_get_next_sibling (a), b = gtk_widget_get_next_sibling (b))
          {
            graphene_rect_t in_box, in_ours;

            if (!gtk_widget_get_visible (a))
              continue;
            g_assert_true (gtk_widget_compute_bounds (a, box, &in_box));
            g_assert_true (gtk_widget_compute_bounds (b, ours, &in_ours));
            g_assert_true (graphene_rect_equal (&in_box, &in_ours));
          }
      }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/row-layout/as-a-box", test_as_a_box);
  return g_test_run ();
}
