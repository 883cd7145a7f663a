import type { AuthorRole } from '../types';
import { defineSite } from '../site';
import { roleFromWords, cleanName } from '../roles';
import { squashText } from '../dom';

/** The note's author replying under their own note (tagged 作者) speaks as the seller. */
function commentRole(msg: Element, author: string | undefined): AuthorRole {
  const tag = squashText(msg.querySelector('.tag, [class*="author-tag"]'));
  if (/作者|author/i.test(tag)) return 'seller';
  const owner = cleanName(squashText(msg.ownerDocument.querySelector('.author-wrapper .username, .author-container .username')));
  if (owner && author && cleanName(author) === owner) return 'seller';
  return roleFromWords(author);
}

/** Xiaohongshu notes (/explore/<id>): `#detail-title`, `#detail-desc`, `.comment-item` threads. */
export const xiaohongshu = defineSite({
  id: 'xiaohongshu',
  platform: 'xiaohongshu',
  hosts: /(^|\.)(xiaohongshu|xhslink)\.com$/,
  chats: [
    {
      message: '.comment-item',
      list: '.comments-container, .list-container, .parent-comment',
      content: '.note-text, .content',
      author: '.author .name, .name',
      role: commentRole,
    },
  ],
  blocks: ['#detail-title', '#detail-desc', '.note-content .title', '.note-content .desc'],
  seller: ['.author-wrapper .username', '.author-container .username', '.author-wrapper .name'],
});
