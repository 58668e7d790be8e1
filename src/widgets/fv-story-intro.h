/* fv-story-intro.h — what the story is and where it comes from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_STORY_INTRO (fv_story_intro_get_type ())

G_DECLARE_FINAL_TYPE (FvStoryIntro, fv_story_intro, FV, STORY_INTRO, GtkWidget)

GtkWidget *fv_story_intro_new          (void);
void       fv_story_intro_update       (FvStoryIntro *self,
                                        FvSession    *session);
gboolean   fv_story_intro_get_expanded (FvStoryIntro *self);
void       fv_story_intro_set_expanded (FvStoryIntro *self,
                                        gboolean      expanded);

G_END_DECLS
