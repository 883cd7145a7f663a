export const LOCKER_CSS = `
.locker { max-width: 1200px; margin: 0 auto; padding: 16px 20px 40px; }
.locker header h1 { font-size: 22px; margin: 0 0 4px; }
.locker .status { display: flex; gap: 16px; flex-wrap: wrap; font-size: 13px; }
.locker .ok { color: #0f766e; }
.locker .bad { color: #b91c1c; }
.locker .banner { background: #fef2f2; border: 1px solid #fecaca; color: #991b1b; padding: 8px 12px; border-radius: 6px; }
.locker .note { background: #ecfdf5; border: 1px solid #a7f3d0; padding: 6px 10px; border-radius: 6px; }
.locker .body { display: grid; grid-template-columns: 240px 1fr; gap: 20px; margin-top: 12px; }
@media (max-width: 860px) { .locker .body { grid-template-columns: 1fr; } }
.locker nav h2, .locker main h2 { font-size: 15px; margin: 8px 0; }
.locker nav ul { list-style: none; padding: 0; margin: 0; }
.locker nav li { padding: 6px 8px; border-radius: 6px; }
.locker nav li.sel { background: var(--opg-soft); }
.locker button.link { background: none; border: 0; padding: 0; color: #1d4ed8; cursor: pointer; text-align: left; }
.locker .filters { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 10px; font-size: 13px; }
.locker .items { list-style: none; padding: 0; margin: 0; }
.locker .item { display: flex; gap: 12px; padding: 10px; border: 1px solid var(--opg-line); border-radius: 8px; margin-bottom: 8px; cursor: pointer; background: #fff; }
.locker .item:hover, .locker .item:focus { border-color: #94a3b8; outline: none; }
.locker .thumb { width: 120px; height: 76px; object-fit: cover; object-position: top; border-radius: 4px; background: #e5e7eb; flex: none; }
.locker .meta { min-width: 0; }
.locker .msg { white-space: pre-wrap; word-break: break-word; }
.locker .chip { display: inline-block; font-size: 12px; background: #fff7ed; color: #9a3412; border: 1px solid #fed7aa; border-radius: 10px; padding: 0 8px; margin-right: 6px; }
.locker .small { font-size: 12px; }
.locker .mono { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }
.locker .detail-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; margin-top: 10px; }
@media (max-width: 860px) { .locker .detail-grid { grid-template-columns: 1fr; } }
.locker .shot { width: 100%; border: 1px solid var(--opg-line); border-radius: 6px; }
.locker dt { font-weight: 600; color: var(--opg-muted); margin-top: 8px; font-size: 13px; }
.locker dd { margin: 2px 0 0; }
.locker .message { white-space: pre-wrap; word-break: break-word; font-size: 15px; }
.locker mark { background: #fde68a; }
.locker .context { margin: 0; padding-left: 20px; }
.locker .context li { margin: 2px 0; white-space: pre-wrap; word-break: break-word; }
.locker ul.plain { list-style: none; padding: 0; margin: 0; }
.locker .thumb.empty { display: block; }
.locker .thumb.placeholder { display: flex; align-items: center; justify-content: center; font-size: 12px; color: var(--opg-muted); text-align: center; }
.locker details summary { cursor: pointer; }
.locker .danger { margin-top: 16px; }
.locker .confirm { border: 1px solid #fecaca; background: #fef2f2; padding: 10px; border-radius: 6px; }
.locker button.warn { background: #b91c1c; border-color: #b91c1c; color: #fff; }
.locker .case-head { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; border-bottom: 1px solid var(--opg-line); padding-bottom: 8px; margin-bottom: 10px; }
.locker .problems { margin: 6px 0; }
.locker .problems ul { margin: 4px 0; padding-left: 20px; max-height: 240px; overflow: auto; }
.locker .tools { margin-top: 20px; border-top: 1px solid var(--opg-line); padding-top: 10px; }
.locker .tools summary { cursor: pointer; font-weight: 600; }
`;
