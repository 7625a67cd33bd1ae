<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StudyLedger</source>
        <translation>学习台账</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened:
%2</source>
        <translation>无法打开数据库 %1：
%2</translation>
    </message>
</context>
<context>
    <name>sl</name>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>the name %1 is ambiguous; use the number</source>
        <translation>名称“%1”不唯一，请使用编号</translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>the database is not empty</source>
        <translation>数据库不是空的</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>没有 ID 为 %1 的学习组</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2; the current database was not changed</source>
        <translation>%1 无法恢复：%2；当前数据库没有任何改动</translation>
    </message>
    <message>
        <source>no member with number or name %1</source>
        <translation>没有编号或姓名为“%1”的党员</translation>
    </message>
    <message>
        <source>no group with number or name %1</source>
        <translation>没有编号或名称为“%1”的学习组</translation>
    </message>
    <message>
        <source>no organisation with number or name %1</source>
        <translation>没有编号或名称为“%1”的党组织</translation>
    </message>
</context>
<context>
    <name>sl::AboutDialog</name>
    <message>
        <source>About StudyLedger</source>
        <translation>关于学习台账</translation>
    </message>
    <message>
        <source>StudyLedger</source>
        <translation>学习台账</translation>
    </message>
    <message>
        <source>The ledger of the study work of Party organisations: plans, sessions, attendance, self-study, assessment and bulletins.</source>
        <translation>党组织学习工作台账：学习计划、学习活动、考勤、个人自学、学习考核与学习通报。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
</context>
<context>
    <name>sl::Access</name>
    <message>
        <source>not allowed: %1 — %2</source>
        <translation>不允许：%1 — %2</translation>
    </message>
    <message>
        <source>log in first</source>
        <translation>请先登录</translation>
    </message>
    <message>
        <source>only an administrator may do this</source>
        <translation>只有管理员可以这样做</translation>
    </message>
    <message>
        <source>a leader account only reads</source>
        <translation>领导账号只能查看</translation>
    </message>
    <message>
        <source>a member account may not do this</source>
        <translation>党员账号无此权限</translation>
    </message>
    <message>
        <source>this account is not linked to a member</source>
        <translation>本账号未关联党员</translation>
    </message>
    <message>
        <source>a member account reaches only its own records</source>
        <translation>党员账号只能处理本人的记录</translation>
    </message>
    <message>
        <source>outside the organisations of this account</source>
        <translation>超出本账号的组织范围</translation>
    </message>
    <message>
        <source>no such study group</source>
        <translation>没有这个学习组</translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation>没有编号为 %1 的组织</translation>
    </message>
</context>
<context>
    <name>sl::AccountMenu</name>
    <message>
        <source>&amp;Change Password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Switch On Logging In…</source>
        <translation>启用登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>Single-user mode</source>
        <translation>单用户模式</translation>
    </message>
    <message>
        <source>This ledger has no accounts: everything is allowed. Account › Switch On Logging In creates the first administrator.</source>
        <translation>本台账没有账号，所有操作均不受限。账号 › 启用登录 可创建第一个管理员。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Logging in is on. You are logged in as the administrator %1.</source>
        <translation>登录已启用。您现在以管理员 %1 的身份登录。</translation>
    </message>
</context>
<context>
    <name>sl::AccountService</name>
    <message>
        <source>must be at least %1 characters long</source>
        <translation>至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>may not contain spaces or control characters (U+%1 at character %2)</source>
        <translation>不能包含空格或控制字符（第 %2 个字符为 U+%1）</translation>
    </message>
    <message>
        <source>%1: log in first</source>
        <translation>%1：请先登录</translation>
    </message>
    <message>
        <source>too many failed log-ins; try again in %1 s</source>
        <translation>登录失败次数过多，请 %1 秒后再试</translation>
    </message>
    <message>
        <source>wrong account name or password</source>
        <translation>账号或密码错误</translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an administrator</source>
        <translation>账号 %1 已停用，请联系管理员</translation>
    </message>
    <message>
        <source>添加账号 (user add)</source>
        <translation>添加账号 (user add)</translation>
    </message>
    <message>
        <source>the first account must be an administrator (admin)</source>
        <translation>第一个账号必须是管理员 (admin)</translation>
    </message>
    <message>
        <source>a member account needs the member it stands for</source>
        <translation>党员账号需要关联对应的党员</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>没有这名党员</translation>
    </message>
    <message>
        <source>a secretary&apos;s or leader&apos;s account needs an organisation</source>
        <translation>书记/秘书或领导账号需要指定组织</translation>
    </message>
    <message>
        <source>no such organisation</source>
        <translation>没有这个组织</translation>
    </message>
    <message>
        <source>an account called %1 exists already</source>
        <translation>账号 %1 已存在</translation>
    </message>
    <message>
        <source>修改密码 (user passwd)</source>
        <translation>修改密码 (user passwd)</translation>
    </message>
    <message>
        <source>the account no longer exists</source>
        <translation>该账号已不存在</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>当前密码不正确</translation>
    </message>
    <message>
        <source>重设密码 (user passwd)</source>
        <translation>重设密码 (user passwd)</translation>
    </message>
    <message>
        <source>no such account</source>
        <translation>没有这个账号</translation>
    </message>
    <message>
        <source>停用账号 (user disable)</source>
        <translation>停用账号 (user disable)</translation>
    </message>
    <message>
        <source>启用账号 (user enable)</source>
        <translation>启用账号 (user enable)</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and cannot be disabled</source>
        <translation>%1 是最后一个启用的管理员，不能停用</translation>
    </message>
    <message>
        <source>查看账号 (user list)</source>
        <translation>查看账号 (user list)</translation>
    </message>
    <message>
        <source>%1: log in first (%2)</source>
        <translation>%1：请先登录（%2）</translation>
    </message>
    <message>
        <source>%1: only an administrator may do this (%2)</source>
        <translation>%1：只有管理员可以这样做（%2）</translation>
    </message>
</context>
<context>
    <name>sl::AccountTableModel</name>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>sl::AccountsDialog</name>
    <message>
        <source>&amp;New Account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Who may log in to this ledger and what each may do. An account that leaves is disabled, not deleted: the audit trail keeps its name.</source>
        <translation>可以登录本台账的账号及其权限。人员离开时停用账号而不删除：审计日志保留其名称。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable the account %1? It can no longer log in; its records and audit entries stay.</source>
        <translation>停用账号 %1？停用后不能再登录，其记录和审计日志保留。</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Disable / Enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>No accounts yet — click “New Account…” to add the first.</source>
        <translation>还没有账号 — 点击“新建账号…”添加第一个。</translation>
    </message>
</context>
<context>
    <name>sl::ActivityImportService</name>
    <message>
        <source>the same member, date and material are on line %1 already</source>
        <translation>同一党员、日期和学习内容已在第 %1 行出现</translation>
    </message>
    <message>
        <source>the same member and title are on line %1 already</source>
        <translation>同一党员和标题已在第 %1 行出现</translation>
    </message>
</context>
<context>
    <name>sl::AdjustmentDialog</name>
    <message>
        <source>&amp;Adjustment:</source>
        <translation>调整分值(&amp;A)：</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. led the branch&apos;s research project</source>
        <translation>例如：牵头完成支部调研课题</translation>
    </message>
    <message>
        <source>Final:</source>
        <translation>最终得分：</translation>
    </message>
    <message>
        <source>Adjust the Assessment of %1</source>
        <translation>调整 %1 的考核得分</translation>
    </message>
    <message>
        <source>%1 (%2): final %3, %4</source>
        <translation>%1（%2）：最终得分 %3，%4</translation>
    </message>
    <message>
        <source>Adjustment: type the points to add or take away (not 0)</source>
        <translation>调整分值：请输入加减的分数（不能为 0）</translation>
    </message>
    <message>
        <source>Reason: an adjustment needs a reason</source>
        <translation>理由：调整必须说明理由</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Drop this adjustment?</source>
        <translation>放弃这项调整？</translation>
    </message>
</context>
<context>
    <name>sl::ArchiveService</name>
    <message>
        <source>no member with id %1</source>
        <translation>没有 ID 为 %1 的党员</translation>
    </message>
</context>
<context>
    <name>sl::ArchiveView</name>
    <message>
        <source>Member archive</source>
        <translation>学习档案</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation> 年度</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>导出 ODT(&amp;O)…</translation>
    </message>
    <message>
        <source>Export HTM&amp;L…</source>
        <translation>导出 HTML(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose a member above to see their archive.</source>
        <translation>请在上方选择党员，查看其学习档案。</translation>
    </message>
    <message>
        <source>The archive cannot be made: %1</source>
        <translation>无法生成学习档案：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive cannot be shown: %1</source>
        <translation>无法显示学习档案：%1</translation>
    </message>
    <message>
        <source>Print the archive</source>
        <translation>打印学习档案</translation>
    </message>
    <message>
        <source>Export the archive as %1</source>
        <translation>导出学习档案为 %1</translation>
    </message>
    <message>
        <source>Export the archive</source>
        <translation>导出学习档案</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
</context>
<context>
    <name>sl::AreaViews</name>
    <message>
        <source>My year</source>
        <translation>我的年度</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>个人自学</translation>
    </message>
    <message>
        <source>Writings</source>
        <translation>心得与调研</translation>
    </message>
    <message>
        <source>Member archive</source>
        <translation>学习档案</translation>
    </message>
    <message>
        <source>Organisations and members</source>
        <translation>组织与党员</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>学习考核</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Study bulletin</source>
        <translation>学习通报</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>sl::AssessmentDetailPane</name>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>no attendance records: the component does not apply</source>
        <translation>没有考勤记录：本项不适用</translation>
    </message>
    <message>
        <source>%1 records: %2 present, %3 late, %4 left early, %5 excused, %6 absent, %7 made up = %8 of %9 points</source>
        <translation>%1 条记录：出席 %2，迟到 %3，早退 %4，请假 %5，缺席 %6，已补学 %7 = %8 / %9 分</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>%1 collective + %2 self-study = %3 of %4 hours</source>
        <translation>集体学习 %1 + 个人自学 %2 = %3 / %4 学时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>%1 of %2 speeches</source>
        <translation>%1 / %2 次发言</translation>
    </message>
    <message>
        <source>Writings</source>
        <translation>心得与调研</translation>
    </message>
    <message>
        <source>reflections %1, articles %2, reports %3 = %4 of %5 writing units</source>
        <translation>心得体会 %1，理论文章 %2，调研报告 %3 = %4 / %5 篇（折算）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>points earned, out of 100 for the components that apply</source>
        <translation>所得分数，按适用项目折算为百分制</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>%1 award(s) × %2, at most %3</source>
        <translation>获奖 %1 项 × %2，最多 %3</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>%1 absence(s) without make-up study: cannot be excellent%2</source>
        <translation>%1 次缺席未补学：不能评为优秀%2</translation>
    </message>
    <message>
        <source> (lowered to pass)</source>
        <translation>（降为合格）</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>%1, rank %2</source>
        <translation>%1，第 %2 名</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Select a member to see the figures behind the assessment</source>
        <translation>选择一名党员，查看考核得分的依据</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sl::AssessmentScopeBar</name>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>sl::AssessmentService</name>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>调整分数必须填写理由</translation>
    </message>
    <message>
        <source>must be between -100 and 100</source>
        <translation>必须在 -100 到 100 之间</translation>
    </message>
    <message>
        <source>the member is not assessed in group %1 in %2</source>
        <translation>该党员%2年度不在学习组“%1”中参加考核</translation>
    </message>
    <message>
        <source>the member is not assessed in organisation %1 in %2</source>
        <translation>该党员不在组织 %1 的 %2 年度考核范围内</translation>
    </message>
    <message>
        <source>the results of %1 for %2 were already published on %3</source>
        <translation>%2 的 %1 年度考核结果已于 %3 发布</translation>
    </message>
    <message>
        <source>the results of %1 are published; they can no longer change</source>
        <translation>%1年度结果已发布，不能再更改</translation>
    </message>
    <message>
        <source>the %1 results of %2 are no longer the ones published then</source>
        <translation>%2 %1 年的考核结果已不是当时发布的那一份</translation>
    </message>
</context>
<context>
    <name>sl::AssessmentTableModel</name>
    <message>
        <source>Not excellent: an absence without make-up study (veto)</source>
        <translation>不能评为优秀：有缺席未补学（一票否决）</translation>
    </message>
    <message>
        <source>Not among the published results</source>
        <translation>不在已发布的结果中</translation>
    </message>
    <message>
        <source>Manual adjustment; its reason shows on the cell and in the details</source>
        <translation>人工调整；理由显示在单元格提示和详情中</translation>
    </message>
    <message>
        <source>As published; the other columns show the assessment as it stands now</source>
        <translation>发布时的结果；其他列为当前的考核结果</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Writings</source>
        <translation>心得与调研</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Published final</source>
        <translation>发布得分</translation>
    </message>
    <message>
        <source>Published grade</source>
        <translation>发布等次</translation>
    </message>
</context>
<context>
    <name>sl::AssessmentView</name>
    <message>
        <source>Assessing…</source>
        <translation>正在考核…</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>学习考核</translation>
    </message>
    <message>
        <source>&amp;Adjust Final…</source>
        <translation>调整得分(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Adjustment</source>
        <translation>撤销调整(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Publish Results…</source>
        <translation>发布结果(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport Visible Rows…</source>
        <translation>导出可见行(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Assess &amp;Again</source>
        <translation>重新考核(&amp;A)</translation>
    </message>
    <message>
        <source>Filter by name, number or organisation… (Ctrl+F)</source>
        <translation>按姓名、编号或组织筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Cancelled: press Assess Again (F5) to assess the scope</source>
        <translation>已取消：按“重新考核”（F5）重新计算</translation>
    </message>
    <message>
        <source>No member of this study group is assessed in %1 — record the group&apos;s sessions and attendance first</source>
        <translation>%1 年度本学习组没有参加考核的党员 — 请先登记学习组成员、学习活动和考勤</translation>
    </message>
    <message>
        <source>No member is assessed in this organisation in %1 — add members and record their study first</source>
        <translation>%1 年度本组织没有参加考核的党员 — 请先添加党员并登记学习情况</translation>
    </message>
    <message>
        <source>The assessment could not be computed: %1</source>
        <translation>无法计算考核结果：%1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>已于 %1 发布</translation>
    </message>
    <message>
        <source>Published %1 by %2</source>
        <translation>已于 %1 由 %2 发布</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln 名党员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln member(s)</source>
        <translation>
            <numerusform>%1 / %Ln 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 results of %2 are published: adjustments are no longer accepted.</source>
        <translation>%2 的 %1 年度考核结果已发布，不再接受调整。</translation>
    </message>
    <message>
        <source>Adjust %1</source>
        <translation>调整 %1</translation>
    </message>
    <message>
        <source>Remove the Adjustment of %1</source>
        <translation>撤销 %1 的调整</translation>
    </message>
    <message>
        <source>Publish Results</source>
        <translation>发布结果</translation>
    </message>
    <message numerus="yes">
        <source>Publish the %1 results of %2 (%n member(s))? The published results are kept as they are now; afterwards no final can be adjusted and the year&apos;s rubric is frozen.</source>
        <translation>
            <numerusform>发布 %2 的 %1 年度考核结果（%n 名党员）？发布的结果将按现在的样子保存；此后不能再调整得分，本年度的考核细则也将锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Visible Rows</source>
        <translation>导出可见行</translation>
    </message>
    <message>
        <source>assessment-%1-%2.csv</source>
        <translation>学习考核-%1-%2.csv</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Publish the %1 Results of %2</source>
        <translation>发布%2 %1 年的考核结果</translation>
    </message>
</context>
<context>
    <name>sl::AttendanceCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>全部出席</translation>
    </message>
</context>
<context>
    <name>sl::AttendanceImportService</name>
    <message>
        <source>session %1 is %2; only a held session takes attendance and speeches</source>
        <translation>学习活动 %1 的状态为“%2”；只有已举行的活动才能登记考勤和发言</translation>
    </message>
    <message>
        <source>%1 %2 was not a member of the session&apos;s group on %3</source>
        <translation>%1 %2 在 %3 不是该活动所属学习组的成员</translation>
    </message>
    <message>
        <source>the same session and member are on line %1 already</source>
        <translation>同一活动和党员已在第 %1 行出现</translation>
    </message>
    <message>
        <source>the same session, member and title are on line %1 already</source>
        <translation>同一活动、党员和标题已在第 %1 行出现</translation>
    </message>
</context>
<context>
    <name>sl::AttendanceModel</name>
    <message>
        <source>(not in the group)</source>
        <translation>（非本组成员）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No status yet: 1 present, 2 late, 3 left early, 4 excused, 5 absent, 0 observer</source>
        <translation>未定：1 出席，2 迟到，3 早退，4 请假，5 缺席，0 列席</translation>
    </message>
    <message>
        <source>Make-up study done on %1</source>
        <translation>已于 %1 补学</translation>
    </message>
    <message>
        <source>Owes make-up study</source>
        <translation>待补学</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <source>Make-up date</source>
        <translation>补学日期</translation>
    </message>
    <message>
        <source>Make-up note</source>
        <translation>补学说明</translation>
    </message>
</context>
<context>
    <name>sl::AttendanceService</name>
    <message>
        <source>no such session</source>
        <translation>没有这次学习活动</translation>
    </message>
    <message>
        <source>session %1 is %2; only a held session takes attendance</source>
        <translation>学习活动 %1 的状态为“%2”；只有已举行的活动才能登记考勤</translation>
    </message>
    <message>
        <source>%1 was not a member of the group on %2</source>
        <translation>%1 在 %2 不是该学习组的成员</translation>
    </message>
    <message>
        <source>the member appears twice (also at %1)</source>
        <translation>该党员重复出现（另见 %1）</translation>
    </message>
</context>
<context>
    <name>sl::AttendanceSheetView</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Everyone &amp;present</source>
        <translation>全部出席(&amp;P)</translation>
    </message>
    <message>
        <source>Held sessi&amp;on:</source>
        <translation>已举行的活动(&amp;O)：</translation>
    </message>
    <message>
        <source>1 present · 2 late · 3 left early · 4 excused · 5 absent · 0 observer</source>
        <translation>1 出席 · 2 迟到 · 3 早退 · 4 请假 · 5 缺席 · 0 列席</translation>
    </message>
    <message>
        <source>Sets every member without a status to present (observers to observer)</source>
        <translation>把所有未定状态的人员记为出席（列席人员记为列席）</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Drop the changes of this sheet?</source>
        <translation>放弃对本考勤表的修改吗？</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>No held session of this group in %1 — record a session as held in Sessions, then take its attendance here.</source>
        <translation>%1年本学习组还没有已举行的活动 — 请先在“学习活动”中登记已举行的活动，再在这里考勤。</translation>
    </message>
    <message>
        <source>Expected %1: present %2, late %3, left early %4, excused %5, absent %6; observers %7</source>
        <translation>应到 %1 人：出席 %2，迟到 %3，早退 %4，请假 %5，缺席 %6；列席 %7</translation>
    </message>
    <message>
        <source>; without status %1</source>
        <translation>；未定 %1</translation>
    </message>
    <message>
        <source> — participation %1%</source>
        <translation> — 参学率 %1%</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation>（未保存）</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have no status yet. Record them as present?</source>
        <translation>
            <numerusform>还有 %n 人未定考勤状态。记为出席吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <source>Make-up date</source>
        <translation>补学日期</translation>
    </message>
    <message>
        <source>Make-up note</source>
        <translation>补学说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>The attendance sheet of “%1” has unsaved changes. Save them?</source>
        <translation>考勤表“%1”有尚未保存的更改，是否保存？</translation>
    </message>
</context>
<context>
    <name>sl::AttendanceView</name>
    <message>
        <source>Attendance &amp;sheet</source>
        <translation>考勤表(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Make-up ledger</source>
        <translation>补学台账(&amp;M)</translation>
    </message>
    <message>
        <source>Attendance and Make-up Study</source>
        <translation>考勤与补学</translation>
    </message>
</context>
<context>
    <name>sl::AuditService</name>
    <message>
        <source>no account named %1</source>
        <translation>没有名为 %1 的账号</translation>
    </message>
</context>
<context>
    <name>sl::AuditTableModel</name>
    <message>
        <source>Single-user mode</source>
        <translation>单用户模式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>内容（改动前 → 改动后）</translation>
    </message>
</context>
<context>
    <name>sl::AuditView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起</translation>
    </message>
    <message>
        <source>to</source>
        <translation>止</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>对象(&amp;R)：</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>期间(&amp;O)：</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Single-user mode</source>
        <translation>单用户模式</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>audit-%1.csv</source>
        <translation>审计日志-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Filter: person, record, name or initials…</source>
        <translation>筛选：人员、记录、姓名或拼音首字母…</translation>
    </message>
    <message>
        <source>No entries match — change the person, record, period or filter above.</source>
        <translation>没有匹配的条目 — 请调整上方的人员、对象、期间或筛选。</translation>
    </message>
</context>
<context>
    <name>sl::AutoBackup</name>
    <message>
        <source>no automatic backup: nobody is signed in</source>
        <translation>未自动备份：尚未登录</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot remove the old backup %1</source>
        <translation>无法删除旧备份 %1</translation>
    </message>
</context>
<context>
    <name>sl::BackupFile</name>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>no SQLite connection to restore into</source>
        <translation>没有可以恢复到的 SQLite 连接</translation>
    </message>
    <message>
        <source>cannot restore into %1: %2</source>
        <translation>无法恢复到 %1：%2</translation>
    </message>
    <message>
        <source>cannot restore into %1: another window or process is writing it; try again when that work is done</source>
        <translation>无法恢复到 %1：另一个窗口或进程正在写入它；请在其完成后重试</translation>
    </message>
</context>
<context>
    <name>sl::BackupMenu</name>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>备份失败：
%1</translation>
    </message>
    <message>
        <source>Backed up to %1, but these materials were missing:
%2</source>
        <translation>已备份到 %1，但以下材料的文件缺失：
%2</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup %2?

What was entered after the backup will no longer be in the ledger. The current database is kept beside it as a copy (%3).</source>
        <translation>用备份 %2 替换数据库 %1 吗？

备份之后录入的内容将不再在台账中。当前数据库会作为副本保留在它旁边（%3）。</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>正在恢复数据库…</translation>
    </message>
    <message>
        <source>The database was not restored:
%1</source>
        <translation>数据库未恢复：
%1</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database is kept in %2</source>
        <translation>已从 %1 恢复；被替换的数据库保留为 %2</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed:
%1</source>
        <translation>今天的自动备份失败：
%1</translation>
    </message>
    <message>
        <source>Automatic backup: %1</source>
        <translation>自动备份：%1</translation>
    </message>
</context>
<context>
    <name>sl::BackupService</name>
    <message>
        <source>%1 exists already; name a new file for the backup</source>
        <translation>%1 已存在；请为备份另取一个文件名</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>restored from %1, but the migration to the current schema failed: %2</source>
        <translation>已从 %1 恢复，但升级到当前数据库结构失败：%2</translation>
    </message>
    <message>
        <source>%1 is an open ledger, not a backup; choose a backup file</source>
        <translation>%1 是已打开的台账，不是备份；请选择备份文件</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 should be its materials folder, but is not a folder; the current database was not changed</source>
        <translation>%1 无法恢复：%2 应是它的材料文件夹，却不是文件夹；当前数据库没有任何改动</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2; the current database was not changed</source>
        <translation>%1 无法恢复：%2；当前数据库没有任何改动</translation>
    </message>
    <message>
        <source>%1 was not restored: %2; the current database was not changed</source>
        <translation>%1 未恢复：%2；当前数据库没有任何改动</translation>
    </message>
</context>
<context>
    <name>sl::BackupSettingsPage</name>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>保留自动备份(&amp;K)：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>On the first start of each day StudyLedger copies the database and its session materials into this folder and keeps the newest copies; 0 turns the automatic backups off. Before a database is upgraded to a new version, a copy is always kept beside it.</source>
        <translation>每天第一次启动时，学习台账把数据库及其学习活动材料复制到此文件夹，并保留最新的若干份；设为 0 即关闭自动备份。数据库升级到新版本之前，总会在它旁边保留一份副本。</translation>
    </message>
</context>
<context>
    <name>sl::BranchActions</name>
    <message>
        <source>Organisations and Members</source>
        <translation>组织与党员</translation>
    </message>
    <message>
        <source>Set &amp;Up</source>
        <translation>组织设置(&amp;U)</translation>
    </message>
    <message>
        <source>New &amp;Organisation…</source>
        <translation>新建党组织(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Edit Organisation…</source>
        <translation>编辑党组织(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Organisation…</source>
        <translation>删除党组织(&amp;R)…</translation>
    </message>
    <message>
        <source>New Study &amp;Group…</source>
        <translation>新建学习组(&amp;G)…</translation>
    </message>
    <message>
        <source>Remove Organisation</source>
        <translation>删除党组织</translation>
    </message>
    <message>
        <source>Remove the organisation “%1”? Edit › Undo brings it back.</source>
        <translation>删除党组织“%1”吗？可用 编辑 › 撤销 恢复。</translation>
    </message>
    <message>
        <source>Add &amp;Member to Study Group…</source>
        <translation>将党员加入学习组(&amp;M)…</translation>
    </message>
    <message>
        <source>Study &amp;Groups of the Organisation</source>
        <translation>本组织的学习组(&amp;G)</translation>
    </message>
    <message>
        <source>(no study groups)</source>
        <translation>（无学习组）</translation>
    </message>
    <message>
        <source>&amp;Edit Study Group…</source>
        <translation>编辑学习组(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Study Group…</source>
        <translation>删除学习组(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove Study Group</source>
        <translation>删除学习组</translation>
    </message>
    <message>
        <source>Remove the study group “%1” and its members&apos; places in it? Edit › Undo brings it back.</source>
        <translation>删除学习组“%1”及其成员资格？可用 编辑 › 撤销 恢复。</translation>
    </message>
    <message>
        <source>Leave Study Group</source>
        <translation>退出学习组</translation>
    </message>
    <message>
        <source>Remove %1&apos;s place in “%2”? To keep the history, give it a last day with Edit instead. Edit › Undo brings it back.</source>
        <translation>删除 %1 在“%2”中的成员资格？如需保留历史，请改用“编辑”设置截止日期。可用 编辑 › 撤销 恢复。</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑党员 %1</translation>
    </message>
    <message>
        <source>New member %1</source>
        <translation>新增党员 %1</translation>
    </message>
</context>
<context>
    <name>sl::BranchCommand</name>
    <message>
        <source>organisation “%1”</source>
        <translation>党组织“%1”</translation>
    </message>
    <message>
        <source>study group “%1”</source>
        <translation>学习组“%1”</translation>
    </message>
    <message>
        <source>group membership</source>
        <translation>学习组成员</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>sl::BranchService</name>
    <message>
        <source>no such organisation</source>
        <translation>没有这个党组织</translation>
    </message>
    <message>
        <source>%1 is the number of %2 already</source>
        <translation>%1 已是“%2”的编号</translation>
    </message>
    <message>
        <source>makes the organisation its own ancestor</source>
        <translation>会使该组织成为自己的上级</translation>
    </message>
    <message>
        <source>%1 still has sub-organisations or study groups</source>
        <translation>“%1”还有下级组织或学习组</translation>
    </message>
    <message>
        <source>%1 still has members or records</source>
        <translation>“%1”还有党员或记录</translation>
    </message>
    <message>
        <source>no such study group</source>
        <translation>没有这个学习组</translation>
    </message>
    <message>
        <source>%1 still has sessions or plans</source>
        <translation>“%1”还有学习活动或学习计划</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>没有这名党员</translation>
    </message>
    <message>
        <source>%1 is in %2 already</source>
        <translation>%1 已在“%2”中</translation>
    </message>
    <message>
        <source>no such membership</source>
        <translation>没有这条学习组成员记录</translation>
    </message>
</context>
<context>
    <name>sl::BulletinPreview</name>
    <message numerus="yes">
        <source>%n page(s); the preview shows the first %1.</source>
        <translation>
            <numerusform>共 %n 页；预览显示前 %1 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>共 %n 页，与打印效果一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message numerus="yes">
        <source>The first %n page(s) of the first %1 of the attachment&apos;s %2 rows; export the PDF to see them all.</source>
        <translation>
            <numerusform>预览 %n 页，仅含附件前 %1 行（共 %2 行）；导出 PDF 查看全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::BulletinProsePane</name>
    <message>
        <source>二、主要做法和成效 — your paragraphs after the generated highlights</source>
        <translation>二、主要做法和成效 —— 接在自动生成的要点之后的段落</translation>
    </message>
    <message>
        <source>One paragraph a line, e.g. what the branch did well and what came of it.</source>
        <translation>每行一段，如支部的好做法及其成效。</translation>
    </message>
    <message>
        <source>五、下一步工作要求 — empty: the organisation&apos;s default</source>
        <translation>五、下一步工作要求 —— 留空则用本组织的默认文字</translation>
    </message>
    <message>
        <source>One paragraph a line.</source>
        <translation>每行一段。</translation>
    </message>
</context>
<context>
    <name>sl::BulletinService</name>
    <message>
        <source>must not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <source>a PDF and a title are needed</source>
        <translation>需要 PDF 和标题</translation>
    </message>
    <message>
        <source>the bulletin has no scope</source>
        <translation>通报没有范围</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>生成的 PDF 为空</translation>
    </message>
    <message>
        <source>the issued bulletin was not stored</source>
        <translation>签发的通报未能保存</translation>
    </message>
    <message>
        <source>no issued bulletin with id %1</source>
        <translation>没有编号为 %1 的已签发通报</translation>
    </message>
    <message>
        <source>the group&apos;s organisation is missing</source>
        <translation>学习组所属党组织不存在</translation>
    </message>
    <message>
        <source>%1 cannot be withdrawn: a later bulletin of the year has been issued since</source>
        <translation>%1 不能撤回：本年度此后又签发了通报</translation>
    </message>
    <message>
        <source>%1 cannot be issued again: the next number of the year is now another</source>
        <translation>%1 不能再次签发：本年度的下一个文号已不是它</translation>
    </message>
</context>
<context>
    <name>sl::BulletinSettingsDialog</name>
    <message>
        <source>&amp;Organ mark:</source>
        <translation>发文机关标志(&amp;O)：</translation>
    </message>
    <message>
        <source>printed in red at the top, e.g. 中共某某县委</source>
        <translation>红色套印于版头，如：中共某某县委</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>发文字号前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>before 〔year〕, e.g. 县学通</source>
        <translation>〔年份〕之前的机关代字，如：县学通</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>主送机关(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 各党支部、全体党员</source>
        <translation>如：各党支部、全体党员</translation>
    </message>
    <message>
        <source>&amp;Name members and organisations under 存在的问题</source>
        <translation>“存在的问题”中点名到人和组织(&amp;N)</translation>
    </message>
    <message>
        <source>Default &amp;requirements:</source>
        <translation>默认工作要求(&amp;R)：</translation>
    </message>
    <message>
        <source>下一步工作要求 of every bulletin unless the bulletin has its own; empty: the built-in text</source>
        <translation>各期通报的“下一步工作要求”（通报未另行填写时使用）；留空则用内置文字</translation>
    </message>
    <message>
        <source>Bulletin Settings of %1</source>
        <translation>%1 的通报设置</translation>
    </message>
    <message>
        <source>Every bulletin that %1 issues is printed with these settings.</source>
        <translation>%1 签发的每一期通报都按这些设置印制。</translation>
    </message>
    <message>
        <source>Organ mark: type the name printed in red at the top</source>
        <translation>发文机关标志：请填写版头红色套印的名称</translation>
    </message>
    <message>
        <source>Organ mark: at most %1 characters</source>
        <translation>发文机关标志：最多 %1 个字</translation>
    </message>
    <message>
        <source>Number prefix: at most %1 characters</source>
        <translation>发文字号前缀：最多 %1 个字</translation>
    </message>
    <message>
        <source>Number prefix: no spaces</source>
        <translation>发文字号前缀：不能含空格</translation>
    </message>
    <message>
        <source>Addressee: at most %1 characters</source>
        <translation>主送机关：最多 %1 个字</translation>
    </message>
    <message>
        <source>The settings hold a control character; delete it</source>
        <translation>设置中含有控制字符，请删除</translation>
    </message>
    <message>
        <source>Drop the changes to the bulletin settings?</source>
        <translation>放弃对通报设置的修改？</translation>
    </message>
</context>
<context>
    <name>sl::BulletinView</name>
    <message>
        <source>Study bulletin</source>
        <translation>学习通报</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>导出 ODT(&amp;O)…</translation>
    </message>
    <message>
        <source>Export HTM&amp;L…</source>
        <translation>导出 HTML(&amp;L)…</translation>
    </message>
    <message>
        <source>Setti&amp;ngs…</source>
        <translation>通报设置(&amp;N)…</translation>
    </message>
    <message>
        <source>The organ mark, number prefix, addressee and default text of the issuing organisation</source>
        <translation>发文机关的机关标志、发文字号前缀、主送机关和默认文字</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>签发(&amp;I)…</translation>
    </message>
    <message>
        <source>签发: number the bulletin and keep it as it is now</source>
        <translation>签发：为通报编号，并按当前内容存档</translation>
    </message>
    <message>
        <source>Bulletin settings</source>
        <translation>通报设置</translation>
    </message>
    <message>
        <source>No organisation or study group yet — add them under Organisations and members, or import a roster.</source>
        <translation>还没有党组织或学习组 —— 请在“组织与党员”中添加，或导入名册。</translation>
    </message>
    <message>
        <source>Reading the figures of %1</source>
        <translation>正在读取 %1 的统计数据</translation>
    </message>
    <message>
        <source>The bulletin cannot be written: %1</source>
        <translation>无法生成通报：%1</translation>
    </message>
    <message>
        <source>Cancelled. Choose a scope or period to write the bulletin again.</source>
        <translation>已取消。重新选择范围或期间即可再次生成通报。</translation>
    </message>
    <message>
        <source>Print the bulletin</source>
        <translation>打印通报</translation>
    </message>
    <message>
        <source>Export the bulletin as %1</source>
        <translation>将通报导出为 %1</translation>
    </message>
    <message>
        <source>Export the bulletin</source>
        <translation>导出通报</translation>
    </message>
    <message>
        <source>Change the bulletin settings</source>
        <translation>修改通报设置</translation>
    </message>
    <message>
        <source>Issue the bulletin</source>
        <translation>签发通报</translation>
    </message>
    <message>
        <source>Issued as %1. It is listed under the issued bulletins and reprints unchanged from there.</source>
        <translation>已签发，文号 %1。它列在“已签发的通报”中，可原样重印。</translation>
    </message>
    <message>
        <source>The attachment is too long to lay out at once: export the PDF</source>
        <translation>附件太长，无法一次排版：请导出 PDF</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>学习通报</translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation>签发 %1</translation>
    </message>
</context>
<context>
    <name>sl::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sl::CharCountLabel</name>
    <message>
        <source>Characters as the targets count them: white space is not counted</source>
        <translation>按目标的口径计字：空白不计</translation>
    </message>
</context>
<context>
    <name>sl::ColumnMapping</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(unmatched)</source>
        <translation>（未匹配）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
</context>
<context>
    <name>sl::ColumnState</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>sl::DashboardCharts</name>
    <message>
        <source>Sessions per month against the plan</source>
        <translation>每月学习活动与计划对比</translation>
    </message>
    <message>
        <source>Participation rate per month</source>
        <translation>每月参学率</translation>
    </message>
    <message>
        <source>Members&apos; hours against their target</source>
        <translation>党员学时完成情况</translation>
    </message>
    <message>
        <source>Grades of the year</source>
        <translation>年度考核等次</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>计划项目</translation>
    </message>
    <message>
        <source>Participation rate per month (%L1 of %L2 records attended)</source>
        <translation>每月参学率（%L2 人次中参学 %L1 人次）</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参学率</translation>
    </message>
    <message>
        <source>Members&apos; hours against their target (%L1 members)</source>
        <translation>党员学时完成情况（%L1 名党员）</translation>
    </message>
    <message>
        <source>0–25 %</source>
        <translation>0–25%</translation>
    </message>
    <message>
        <source>25–50 %</source>
        <translation>25–50%</translation>
    </message>
    <message>
        <source>50–75 %</source>
        <translation>50–75%</translation>
    </message>
    <message>
        <source>75–100 %</source>
        <translation>75–100%</translation>
    </message>
    <message>
        <source>≥ 100 %</source>
        <translation>≥ 100%</translation>
    </message>
    <message>
        <source>Grades of %1 (%L2 assessed)</source>
        <translation>%1 年度考核等次（%L2 人参加考核）</translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80%</translation>
    </message>
</context>
<context>
    <name>sl::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sub-organisations</source>
        <translation>下级组织</translation>
    </message>
    <message>
        <source>Click a bar, a slice or a row to see the records behind it.</source>
        <translation>点击柱形、扇区或表格行，查看对应的记录。</translation>
    </message>
    <message>
        <source>No organisation or study group yet — add them under Organisations and members, or import a roster.</source>
        <translation>还没有组织或学习组 — 请在“组织与党员”中添加，或导入名册。</translation>
    </message>
    <message>
        <source>The dashboard cannot be computed: %1</source>
        <translation>无法计算统计看板：%1</translation>
    </message>
    <message>
        <source>Cancelled. Choose a scope or period, or press Reload, to compute the dashboard again.</source>
        <translation>已取消。选择范围或期间，或点击“刷新”，重新计算统计看板。</translation>
    </message>
    <message>
        <source>%1, %2: %L3 sessions held of %L4 plan items; participation %5; %L6 of %L7 members meet their hours target.</source>
        <translation>%1，%2：举行学习活动 %L3 次，计划 %L4 项；参学率 %5；%L7 名党员中 %L6 名达到学时目标。</translation>
    </message>
    <message>
        <source>Sub-organisations: shown for an organisation scope</source>
        <translation>下级组织：选择组织范围时显示</translation>
    </message>
    <message>
        <source>Sub-organisations (tinted: participation below 80 % or fewer than 60 % meeting the hours target)</source>
        <translation>下级组织（着色：参学率低于 80% 或达到学时目标的党员不足 60%）</translation>
    </message>
    <message>
        <source>%1: %L2 members</source>
        <translation>%1：%L2 名党员</translation>
    </message>
    <message>
        <source>Sessions held in %1</source>
        <translation>%1 举行的学习活动</translation>
    </message>
    <message>
        <source>The sessions cannot be read: %1</source>
        <translation>无法读取学习活动：%1</translation>
    </message>
    <message>
        <source>%1: %L2 sessions</source>
        <translation>%1：%L2 次学习活动</translation>
    </message>
    <message>
        <source>Members below 25 % of their hours target</source>
        <translation>学时不足目标 25% 的党员</translation>
    </message>
    <message>
        <source>Members at 25–50 % of their hours target</source>
        <translation>学时达到目标 25–50% 的党员</translation>
    </message>
    <message>
        <source>Members at 50–75 % of their hours target</source>
        <translation>学时达到目标 50–75% 的党员</translation>
    </message>
    <message>
        <source>Members at 75–100 % of their hours target</source>
        <translation>学时达到目标 75–100% 的党员</translation>
    </message>
    <message>
        <source>Members meeting their hours target</source>
        <translation>达到学时目标的党员</translation>
    </message>
    <message>
        <source>Members graded %1</source>
        <translation>考核等次为%1的党员</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的党员</translation>
    </message>
    <message>
        <source>sub-organisations</source>
        <translation>下级组织</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>sessions, plan items and records per month</source>
        <translation>每月学习活动、计划项目和考勤记录</translation>
    </message>
    <message>
        <source>the assessment of the year</source>
        <translation>年度考核</translation>
    </message>
    <message>
        <source>the members&apos; hours</source>
        <translation>党员学时</translation>
    </message>
    <message>
        <source>the sub-organisations</source>
        <translation>下级组织</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Computing the dashboard of %1</source>
        <translation>正在计算 %1 的统计看板</translation>
    </message>
    <message>
        <source>Nothing is planned or held in this period yet — record the sessions under Sessions, or choose another year.</source>
        <translation>本期间还没有计划或举行的学习活动 — 请在“学习活动”中登记，或选择其他年度。</translation>
    </message>
    <message>
        <source>dashboard-%1</source>
        <translation>统计看板-%1</translation>
    </message>
</context>
<context>
    <name>sl::DataPackage</name>
    <message>
        <source>is missing or not a list</source>
        <translation>缺失或不是列表</translation>
    </message>
    <message>
        <source>every entry needs an id and a name</source>
        <translation>每一项都须有编号和名称</translation>
    </message>
    <message>
        <source>unknown part %1</source>
        <translation>未知的部分 %1</translation>
    </message>
    <message>
        <source>part %1 must be the file %2</source>
        <translation>部分 %1 应为文件 %2</translation>
    </message>
    <message>
        <source>part %1 has no valid sha256</source>
        <translation>部分 %1 没有有效的 sha256 校验值</translation>
    </message>
    <message>
        <source>part %1 has no valid row count</source>
        <translation>部分 %1 没有有效的行数</translation>
    </message>
    <message>
        <source>cannot add %1 to the package</source>
        <translation>无法将 %1 写入数据包</translation>
    </message>
    <message>
        <source>%1: the package is damaged or incomplete</source>
        <translation>%1：数据包已损坏或不完整</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节：%1）</translation>
    </message>
    <message>
        <source>not a StudyLedger data package</source>
        <translation>不是学习台账数据包</translation>
    </message>
    <message>
        <source>is not a version</source>
        <translation>不是版本号</translation>
    </message>
    <message>
        <source>the package is of format version %1, newer than this program reads (%2); update StudyLedger to import it</source>
        <translation>数据包格式版本为 %1，高于本程序可读取的版本（%2）；请升级学习台账后再导入</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <source>names no organisation</source>
        <translation>未注明组织</translation>
    </message>
    <message>
        <source>is not a year</source>
        <translation>不是年份</translation>
    </message>
    <message>
        <source>part %1 is listed twice</source>
        <translation>部分 %1 重复列出</translation>
    </message>
    <message>
        <source>cannot start the package</source>
        <translation>无法创建数据包</translation>
    </message>
    <message>
        <source>cannot finish the package</source>
        <translation>无法完成数据包</translation>
    </message>
    <message>
        <source>%1: no such package file</source>
        <translation>%1：数据包文件不存在</translation>
    </message>
    <message>
        <source>not a StudyLedger data package (not a zip file, or cut short)</source>
        <translation>不是学习台账数据包（不是 zip 文件，或文件不完整）</translation>
    </message>
    <message>
        <source>not a StudyLedger data package (no manifest.json)</source>
        <translation>不是学习台账数据包（缺少 manifest.json）</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest</source>
        <translation>%1 未列在清单中</translation>
    </message>
    <message>
        <source>the part is missing from the package</source>
        <translation>数据包中缺少该部分</translation>
    </message>
    <message>
        <source>the checksum does not match: the part was altered or damaged; nothing was imported</source>
        <translation>校验值不符：该部分已被改动或损坏；未导入任何数据</translation>
    </message>
</context>
<context>
    <name>sl::Database</name>
    <message>
        <source>no database at %1 (create one with init)</source>
        <translation>%1 处没有数据库（请用 init 创建）</translation>
    </message>
    <message>
        <source>empty file; create a ledger with init or File › New</source>
        <translation>空文件；请用 init 或“文件 › 新建”创建台账</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no schema version</source>
        <translation>%1 已损坏：缺少结构版本</translation>
    </message>
    <message>
        <source>%1 is damaged: its table %2 is missing</source>
        <translation>%1 已损坏：缺少数据表 %2</translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation>属于其他程序</translation>
    </message>
    <message>
        <source>an SQLite database of another program</source>
        <translation>其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>an empty SQLite database; create a ledger with init</source>
        <translation>空的 SQLite 数据库；请用 init 创建台账</translation>
    </message>
    <message>
        <source>cannot register the Chinese collation</source>
        <translation>无法注册中文排序规则</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); nothing was written. Run check, then restore a backup.</source>
        <translation>%1 已损坏（%2）；未写入任何内容。请先运行检查，再从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is not a StudyLedger database (%2)</source>
        <translation>%1 不是学习台账数据库（%2）</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot register the function of pinyin initials</source>
        <translation>无法注册拼音首字母函数</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 refers to a missing %3</source>
        <translation>外键：%1 表第 %2 行引用的 %3 记录不存在</translation>
    </message>
</context>
<context>
    <name>sl::DatabaseBackup</name>
    <message>
        <source>%1 exists already; name a new file for the backup</source>
        <translation>%1 已存在；请为备份指定新的文件名</translation>
    </message>
    <message>
        <source>the copy does not pass the integrity check: %1</source>
        <translation>副本未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>文件已存在</translation>
    </message>
</context>
<context>
    <name>sl::DatabaseFile</name>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation>是指向不存在文件的符号链接</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, device or socket)</source>
        <translation>不是普通文件（是管道、设备或套接字）</translation>
    </message>
    <message>
        <source>%1 is a folder, but SQLite needs that name for the ledger&apos;s journal; move the folder away</source>
        <translation>%1 是一个文件夹，但 SQLite 需要用这个名称存放台账的日志；请移走该文件夹</translation>
    </message>
    <message>
        <source>is read-only: its permissions do not let this account write it</source>
        <translation>只读：其权限不允许当前账户写入</translation>
    </message>
    <message>
        <source>its folder %1 is read-only, and SQLite needs to create its journal files beside the ledger</source>
        <translation>所在文件夹 %1 为只读，而 SQLite 需要在台账旁创建日志文件</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>is damaged: it ends inside the SQLite header (truncated?)</source>
        <translation>已损坏：文件在 SQLite 文件头内就结束了（被截断？）</translation>
    </message>
    <message>
        <source>is damaged: it is shorter than its header says (%1 of %2 bytes; truncated by a failed copy?). Restore a backup.</source>
        <translation>已损坏：文件比文件头所记录的短（%1/%2 字节；复制失败导致截断？）。请从备份恢复。</translation>
    </message>
    <message>
        <source>is in use by another window or process, which holds its lock; try again when that work is done</source>
        <translation>正被另一个窗口或进程使用并锁定；请待其完成后重试</translation>
    </message>
    <message>
        <source>is damaged or encrypted: SQLite cannot read it as a database. Restore a backup.</source>
        <translation>已损坏或已加密：SQLite 无法将其作为数据库读取。请从备份恢复。</translation>
    </message>
    <message>
        <source>is damaged (%1). Run check, then restore a backup.</source>
        <translation>已损坏（%1）。请先运行检查，再从备份恢复。</translation>
    </message>
    <message>
        <source>cannot be written: it or its folder is read-only (%1)</source>
        <translation>无法写入：文件或其所在文件夹为只读（%1）</translation>
    </message>
    <message>
        <source>cannot be opened (%1); check the file, its folder and their permissions</source>
        <translation>无法打开（%1）；请检查文件、所在文件夹及其权限</translation>
    </message>
    <message>
        <source>cannot be written: the disk is full</source>
        <translation>无法写入：磁盘已满</translation>
    </message>
    <message>
        <source>a disk error stopped the work (%1); nothing was changed</source>
        <translation>磁盘错误中止了操作（%1）；未作任何更改</translation>
    </message>
    <message>
        <source>access denied (%1)</source>
        <translation>拒绝访问（%1）</translation>
    </message>
    <message>
        <source>%1 is not a StudyLedger database (%2)</source>
        <translation>%1 不是学习台账数据库（%2）</translation>
    </message>
    <message>
        <source>cannot be read: permission denied (the file&apos;s permissions do not let this account read it)</source>
        <translation>无法读取：权限不足（该文件的权限不允许当前账户读取）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>sl::DateField</name>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>如 2026-03-05</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <source>is not a date; type it like 2026-03-05</source>
        <translation>不是日期，请按 2026-03-05 的格式输入</translation>
    </message>
    <message>
        <source>does not exist: there is no month %1 (1 to 12)</source>
        <translation>不存在：没有 %1 月（月份为 1 至 12）</translation>
    </message>
    <message>
        <source>does not exist: month %1 of %2 has %3 days</source>
        <translation>不存在：%2年%1月只有 %3 天</translation>
    </message>
</context>
<context>
    <name>sl::DeactivateDialog</name>
    <message>
        <source>Deactivate Member</source>
        <translation>停用党员</translation>
    </message>
    <message>
        <source>The member leaves the roster: they stay listed (greyed) with their records, are offered for no new record, and their places in study groups end on the day.</source>
        <translation>党员离开名册：仍与其记录一起保留（灰色显示），不再出现在新记录的党员选择中，其学习组成员资格于当日结束。</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>停用日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>is required; type it like 2026-03-05</source>
        <translation>不能为空，格式如 2026-03-05</translation>
    </message>
</context>
<context>
    <name>sl::DocumentOutput</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>sl::DocumentWriter</name>
    <message>
        <source>cannot paint the document</source>
        <translation>无法绘制文档</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <source>cannot write the ODT document</source>
        <translation>无法写出 ODT 文档</translation>
    </message>
</context>
<context>
    <name>sl::DrillMemberModel</name>
    <message>
        <source>not assessed</source>
        <translation>未参加考核</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Hours target</source>
        <translation>学时目标</translation>
    </message>
    <message>
        <source>Of the target</source>
        <translation>完成比例</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
</context>
<context>
    <name>sl::DrillSessionModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>列入计划</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参学率</translation>
    </message>
</context>
<context>
    <name>sl::EditSelfStudyCommand</name>
    <message>
        <source>edit “%1”</source>
        <translation>修改“%1”</translation>
    </message>
</context>
<context>
    <name>sl::EditSessionCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>sl::EmptyState</name>
    <message>
        <source>No row matches “%1”.</source>
        <translation>没有与“%1”相符的行。</translation>
    </message>
</context>
<context>
    <name>sl::ExchangeMenus</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n records to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::ExpertDialog</name>
    <message>
        <source>New Expert</source>
        <translation>新增专家</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>工作单位(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>研究领域(&amp;F)：</translation>
    </message>
    <message>
        <source>Edit Expert — %1</source>
        <translation>编辑专家 — %1</translation>
    </message>
</context>
<context>
    <name>sl::ExpertService</name>
    <message>
        <source>no such expert</source>
        <translation>专家库中没有这位专家</translation>
    </message>
    <message>
        <source>the expert gave %1 sessions; the pool keeps them</source>
        <translation>这位专家已主讲 %1 次学习活动，专家库须保留其信息</translation>
    </message>
</context>
<context>
    <name>sl::ExpertTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>研究领域</translation>
    </message>
</context>
<context>
    <name>sl::ExportPackageDialog</name>
    <message>
        <source>A data package holds everything an organisation and its subordinate organisations recorded: study groups and their members, plans, sessions, attendance with make-up study, speeches, self-study, writings and assessment adjustments. A higher committee whose ledger has the same roster merges it with File › Import data package.</source>
        <translation>数据包包含一个组织及其下级组织记录的全部内容：学习组及其成员、学习计划、学习活动、考勤及补学、发言、个人自学、心得体会和考核调整。台账中已有相同名册的上级党委可通过“文件 › 导入数据包”合并。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;All years</source>
        <translation>全部年度(&amp;A)</translation>
    </message>
    <message>
        <source>Export Data Package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>sl::FileFormat</name>
    <message>
        <source>Organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Study groups</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>学习组成员</translation>
    </message>
    <message>
        <source>Study plans</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>学习活动</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>交流发言</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>个人自学</translation>
    </message>
    <message>
        <source>Writings</source>
        <translation>心得与调研</translation>
    </message>
    <message>
        <source>%1 files cannot be imported</source>
        <translation>%1 文件不能导入</translation>
    </message>
    <message>
        <source>%1 files cannot be exported</source>
        <translation>%1 文件不能导出</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Calendar of the sessions</source>
        <translation>学习活动日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>sl::FolderCopy</name>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
</context>
<context>
    <name>sl::FormErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>sl::GroupYearBar</name>
    <message>
        <source>Study &amp;group:</source>
        <translation>学习组(&amp;G)：</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>全部学习组</translation>
    </message>
    <message>
        <source>Find a group…</source>
        <translation>查找学习组…</translation>
    </message>
</context>
<context>
    <name>sl::HomeSection</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sl::HomeSessionModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>sl::HomeView</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>View as:</source>
        <translation>查看身份：</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
</context>
<context>
    <name>sl::ImportPackageDialog</name>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <source>Assessment adjustments</source>
        <translation>考核调整</translation>
    </message>
    <message>
        <source>Import Data Package %1</source>
        <translation>导入数据包 %1</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>%1 by StudyLedger %2</source>
        <translation>%1，学习台账 %2</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Every organisation and member the package refers to is in this ledger. Records with the same key are updated; a second import changes nothing.</source>
        <translation>数据包涉及的组织和党员本台账中均已有。键相同的记录将被更新；重复导入不会改变任何数据。</translation>
    </message>
    <message>
        <source>This ledger does not know what the package refers to; import the roster first.
%1</source>
        <translation>本台账中没有数据包涉及的以下组织或党员，请先导入名册。
%1</translation>
    </message>
</context>
<context>
    <name>sl::ImportResolver</name>
    <message>
        <source>no session with number %1</source>
        <translation>没有编号为 %1 的学习活动</translation>
    </message>
</context>
<context>
    <name>sl::ImportSession</name>
    <message>
        <source>%1 appears on line %2 already</source>
        <translation>%1 已在第 %2 行出现</translation>
    </message>
</context>
<context>
    <name>sl::ImportWizard</name>
    <message>
        <source>&amp;Kind of file:</source>
        <translation>文件类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose which column each column of the file fills; * marks a required column.</source>
        <translation>为文件的每一列选择它对应的栏目；* 表示必填栏目。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The columns of this kind: %1</source>
        <translation>此类文件的栏目：%1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1; header on line %2, %n rows.</source>
        <translation>
            <numerusform>按 %1 读取；表头在第 %2 行，共 %n 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column is mapped.</source>
        <translation>所有栏目均已对应。</translation>
    </message>
    <message>
        <source>Change the mapping first:
%1</source>
        <translation>请先修改列的对应：
%1</translation>
    </message>
    <message>
        <source>Checking every row as the import would…</source>
        <translation>正在按导入的规则检查每一行…</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are shown.</source>
        <translation>显示前 %1 行（共 %2 行）。</translation>
    </message>
    <message>
        <source>No problems: the import will add %1, update %2 and leave %3 unchanged.</source>
        <translation>没有问题：导入将新增 %1 条，更新 %2 条，%3 条不变。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n 个问题：改正文件之前不能导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problems.
%1</source>
        <translation>
            <numerusform>没有导入任何内容：文件有 %n 个问题。
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1.
Added: %2
Updated: %3
Unchanged: %4</source>
        <translation>已导入 %1。
新增：%2
更新：%3
未变：%4</translation>
    </message>
    <message>
        <source>Step 1 of 4: the kind of file and the file</source>
        <translation>第 1 步（共 4 步）：文件类型和文件</translation>
    </message>
    <message>
        <source>Step 2 of 4: the columns</source>
        <translation>第 2 步（共 4 步）：列的对应</translation>
    </message>
    <message>
        <source>Step 3 of 4: preview and check</source>
        <translation>第 3 步（共 4 步）：预览和检查</translation>
    </message>
    <message>
        <source>Step 4 of 4: import</source>
        <translation>第 4 步（共 4 步）：导入</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX，工作表 %1</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>sl::IssueBulletinDialog</name>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Issue the Bulletin</source>
        <translation>签发通报</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>签发(&amp;I)</translation>
    </message>
    <message>
        <source>Date of issue: a bulletin needs its date</source>
        <translation>成文日期：通报必须有成文日期</translation>
    </message>
    <message>
        <source>Date of issue: not before the period begins (%1)</source>
        <translation>成文日期：不能早于统计期间的开始（%1）</translation>
    </message>
    <message>
        <source>Date of issue: %1</source>
        <translation>成文日期：%1</translation>
    </message>
    <message>
        <source>Issuing numbers the bulletin and keeps it as it is now — its text, figures and PDF — so that it reprints unchanged. An issued bulletin cannot be changed; Undo (Ctrl+Z) takes it back only until a later one is issued.</source>
        <translation>签发即给通报编号，并按现状保存其正文、数据和 PDF，以便原样重印。已签发的通报不能修改；在签发下一份通报之前，可用撤销（Ctrl+Z）收回。</translation>
    </message>
</context>
<context>
    <name>sl::IssuedBulletinModel</name>
    <message>
        <source>(single-user mode)</source>
        <translation>（单用户模式）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
</context>
<context>
    <name>sl::IssuedBulletinRepository</name>
    <message>
        <source>the number %1 is already issued</source>
        <translation>文号 %1 已被使用</translation>
    </message>
</context>
<context>
    <name>sl::IssuedBulletinsPane</name>
    <message>
        <source>Issued bulletins</source>
        <translation>已签发的通报</translation>
    </message>
    <message>
        <source>bulletins</source>
        <translation>学习通报</translation>
    </message>
    <message>
        <source>No bulletin issued yet — write the draft above, then Issue… numbers it and keeps it here to reprint unchanged.</source>
        <translation>还没有签发的通报 —— 写好上方的草稿，点“签发…”编号并保存在这里，可原样重印。</translation>
    </message>
    <message>
        <source>&amp;Save the Issued PDF…</source>
        <translation>另存签发稿 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open the Issued PDF</source>
        <translation>打开签发稿 PDF(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Bulletins issued by %1: %n</source>
        <translation>
            <numerusform>%1 已签发的通报：%n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>The issued bulletins cannot be read: %1</source>
        <translation>无法读取已签发的通报：%1</translation>
    </message>
    <message>
        <source>Save the issued bulletin %1</source>
        <translation>另存签发稿 %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the issued bulletin</source>
        <translation>另存签发稿</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>sl::LanguagePage</name>
    <message>
        <source>Language of the interface:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The interface changes at once and keeps the choice for the next start. Records keep their own language: names, topics and notes stay as they were written.</source>
        <translation>界面立即切换，下次启动时沿用所选语言。记录内容不随之改变：姓名、主题和备注保持录入时的文字。</translation>
    </message>
</context>
<context>
    <name>sl::LeaderHome</name>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>已举行学习活动</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>参学率</translation>
    </message>
    <message>
        <source>Meeting the year&apos;s hours target</source>
        <translation>达到年度学时目标</translation>
    </message>
    <message>
        <source>Grades (优秀 · 合格 · 基本合格 · 不合格)</source>
        <translation>考核等次（优秀 · 合格 · 基本合格 · 不合格）</translation>
    </message>
    <message>
        <source>Open the Dashboard</source>
        <translation>打开统计看板</translation>
    </message>
    <message>
        <source>The figures are computed when this home is shown.</source>
        <translation>显示本页时计算各项数据。</translation>
    </message>
    <message>
        <source>There is no organisation yet — add the organisations and members in Organisations and members (or import the roster).</source>
        <translation>还没有组织 — 请在“组织与党员”中添加组织和党员（或导入名册）。</translation>
    </message>
    <message>
        <source>Computing the figures of %1…</source>
        <translation>正在计算 %1 的数据…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <source>%1, year %2, as of %3</source>
        <translation>%1，%2年度，截至 %3</translation>
    </message>
    <message>
        <source>in the organisation and its sub-organisations</source>
        <translation>本组织及其下级组织</translation>
    </message>
    <message>
        <source>study sessions held in %1</source>
        <translation>%1 年度举行的学习活动</translation>
    </message>
    <message>
        <source>%1 of %2 expected attendances</source>
        <translation>应到 %2 人次，实到 %1 人次</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%2 名党员中的 %1 名</translation>
    </message>
    <message>
        <source>by the rubric of %1, before publication</source>
        <translation>按 %1 年度考核细则计算，尚未发布</translation>
    </message>
    <message>
        <source>%1, year %2</source>
        <translation>%1，%2年度</translation>
    </message>
    <message>
        <source>members of the study group</source>
        <translation>学习组的成员</translation>
    </message>
</context>
<context>
    <name>sl::LeavingCommand</name>
    <message>
        <source>Delete member %1</source>
        <translation>删除党员 %1</translation>
    </message>
</context>
<context>
    <name>sl::LedgerBookService</name>
    <message>
        <source>no session with id %1</source>
        <translation>没有 id 为 %1 的学习活动</translation>
    </message>
    <message>
        <source>session %1 is cancelled (%2); a cancelled session has no sign-in sheet</source>
        <translation>学习活动 %1 已取消（%2）；已取消的活动没有签到表</translation>
    </message>
    <message>
        <source>session %1 is %2, not held; only a held session has a record</source>
        <translation>学习活动 %1 的状态为“%2”，不是已举行；只有已举行的活动才有学习记录</translation>
    </message>
</context>
<context>
    <name>sl::LedgerFiles</name>
    <message>
        <source>no output file given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>is the open ledger or one of its journal files; writing there would destroy it (choose another file name)</source>
        <translation>是当前打开的台账或其日志文件；写入会毁掉台账（请另选文件名）</translation>
    </message>
    <message>
        <source>is a folder; name a file</source>
        <translation>是文件夹；请指定一个文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); name a file</source>
        <translation>不是普通文件（是设备、管道或套接字）；请指定一个文件</translation>
    </message>
    <message>
        <source>is an SQLite database; StudyLedger does not write over a database (choose another file name)</source>
        <translation>是 SQLite 数据库；学习台账不会覆盖数据库（请另选文件名）</translation>
    </message>
</context>
<context>
    <name>sl::LedgerVolumeDialog</name>
    <message>
        <source>The annual volume (学习台账) of a study group or an organisation: the cover, the contents, the plan with its completion, every held session&apos;s record, the attendance table, the self-study, the writings and the assessment of the year, as one PDF with bookmarks.</source>
        <translation>学习组或党组织的年度学习台账：封面、目录、学习计划及完成情况、每次已开展学习的记录、考勤登记表、个人自学、心得与调研成果和年度考核，合为一个带书签的 PDF。</translation>
    </message>
    <message>
        <source>&amp;Group or organisation:</source>
        <translation>学习组或党组织(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Ledger Volume of the Year</source>
        <translation>年度学习台账</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>生成 PDF(&amp;W)</translation>
    </message>
    <message>
        <source>Writing the ledger volume…</source>
        <translation>正在生成学习台账…</translation>
    </message>
    <message>
        <source>%1 %2 ledger volume.pdf</source>
        <translation>%1%2年度学习台账.pdf</translation>
    </message>
    <message>
        <source>Write the Ledger Volume</source>
        <translation>生成学习台账</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>There is no group or organisation to write the volume of.</source>
        <translation>还没有可生成台账的学习组或党组织。</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Writing the %1 volume of %2…</source>
        <translation>正在生成 %2 的 %1 年度台账…</translation>
    </message>
    <message>
        <source>The volume was not written: %1</source>
        <translation>台账未能生成：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 volume of %2 (%n held session(s)) to %3.</source>
        <translation>
            <numerusform>已将 %2 的 %1 年度台账（%n 次学习）写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the volume was not written.</source>
        <translation>已取消：台账未生成。</translation>
    </message>
</context>
<context>
    <name>sl::LogSelfStudyCommand</name>
    <message>
        <source>log “%1”</source>
        <translation>记录“%1”</translation>
    </message>
</context>
<context>
    <name>sl::LoginDialog</name>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log In to StudyLedger</source>
        <translation>登录学习台账</translation>
    </message>
    <message>
        <source>The ledger %1 has accounts: log in to use it.</source>
        <translation>台账 %1 已启用账号，请登录后使用。</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Account: type the name of your account</source>
        <translation>账号：请输入您的账号名</translation>
    </message>
    <message>
        <source>Password: type your password</source>
        <translation>密码：请输入密码</translation>
    </message>
</context>
<context>
    <name>sl::MainWindow</name>
    <message>
        <source>StudyLedger databases (*.sqlite *.db);;All files (*)</source>
        <translation>学习台账数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>侧栏(&amp;S)</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check Database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About StudyLedger</source>
        <translation>关于学习台账(&amp;A)</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version is kept in %1</source>
        <translation>数据库已升级，升级前的版本保存在 %1</translation>
    </message>
    <message>
        <source>StudyLedger</source>
        <translation>学习台账</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name, or open it with File › Open.</source>
        <translation>%1 已存在。请换一个文件名，或用“文件 › 打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The database is intact: the integrity, foreign-key and roll-up checks passed.</source>
        <translation>数据库完好：完整性检查、外键检查和汇总表核对均已通过。</translation>
    </message>
    <message>
        <source>The database has problems:
%1</source>
        <translation>数据库有问题：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>共 %Ln 名党员</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ledger Volume of the Year…</source>
        <translation>年度学习台账(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>The Chinese translation is missing.</source>
        <translation>缺少中文翻译文件。</translation>
    </message>
</context>
<context>
    <name>sl::MakeupCommand</name>
    <message>
        <source>Record make-up study of %1</source>
        <translation>登记%1的补学</translation>
    </message>
    <message>
        <source>Clear make-up study of %1</source>
        <translation>清除%1的补学</translation>
    </message>
</context>
<context>
    <name>sl::MakeupDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. studied the materials and handed in notes</source>
        <translation>例如：自学会议材料并提交学习笔记</translation>
    </message>
    <message>
        <source>Make-up Study of %1</source>
        <translation>%1的补学</translation>
    </message>
    <message>
        <source>is not a date; type it like 2026-03-05</source>
        <translation>不是日期，请按 2026-03-05 的格式输入</translation>
    </message>
</context>
<context>
    <name>sl::MakeupLedgerModel</name>
    <message>
        <source>owed</source>
        <translation>待补学</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>请假事由</translation>
    </message>
    <message>
        <source>Make-up date</source>
        <translation>补学日期</translation>
    </message>
    <message>
        <source>Make-up note</source>
        <translation>补学说明</translation>
    </message>
</context>
<context>
    <name>sl::MakeupLedgerView</name>
    <message>
        <source>&amp;Record Make-up…</source>
        <translation>登记补学(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除补学(&amp;L)</translation>
    </message>
    <message>
        <source>Owed and done</source>
        <translation>全部（待补学和已补学）</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>待补学</translation>
    </message>
    <message>
        <source>Made up</source>
        <translation>已补学</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>党员：</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>全部党员</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 still owed</source>
        <translation>
            <numerusform>共 %n 条，%1 条待补学</numerusform>
        </translation>
    </message>
    <message>
        <source>Make-up Study</source>
        <translation>补学</translation>
    </message>
    <message>
        <source>Clear the make-up study of %1?</source>
        <translation>清除%1的补学记录吗？</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>make-up</source>
        <translation>补学</translation>
    </message>
</context>
<context>
    <name>sl::MakeupOwedModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>sl::MakeupService</name>
    <message>
        <source>no such attendance record</source>
        <translation>没有这条考勤记录</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>没有这次学习活动</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
</context>
<context>
    <name>sl::MaterialCommand</name>
    <message>
        <source>Attach “%1”</source>
        <translation>添加附件“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>the material %1 is no longer there</source>
        <translation>学习材料 %1 已不存在</translation>
    </message>
    <message>
        <source>cannot keep a copy of %1 to undo its removal</source>
        <translation>无法保留 %1 的副本，不能撤销其删除</translation>
    </message>
</context>
<context>
    <name>sl::MaterialsPanel</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Attach Material</source>
        <translation>添加学习材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>学习材料</translation>
    </message>
    <message>
        <source>Remove “%1” and its copy?</source>
        <translation>删除“%1”及其副本吗？</translation>
    </message>
    <message>
        <source>Save the session first, then attach files.</source>
        <translation>请先保存活动，再添加附件。</translation>
    </message>
</context>
<context>
    <name>sl::MemberDetailPane</name>
    <message>
        <source>Select a member to see the details.</source>
        <translation>选择一名党员查看详细信息。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Cadre level</source>
        <translation>干部级别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>sl::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>新建党员</translation>
    </message>
    <message>
        <source>Edit member — %1</source>
        <translation>编辑党员 — %1</translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation>（请选择党组织）</translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation>无法保存党员</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard the changes to this member?</source>
        <translation>放弃对该党员的修改吗？</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>编号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Join date</source>
        <translation>入党日期(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>人员类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>所在党组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>职务(&amp;P)</translation>
    </message>
    <message>
        <source>Cadre &amp;level</source>
        <translation>干部级别(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>联系电话(&amp;H)</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>带 * 的为必填项。</translation>
    </message>
    <message>
        <source>Still needed before saving: %1</source>
        <translation>保存前还需填写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sl::MemberHome</name>
    <message>
        <source>Open My Year</source>
        <translation>打开我的年度</translation>
    </message>
    <message>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Writings</source>
        <translation>心得与调研</translation>
    </message>
    <message>
        <source>Choose a member above to see their year, the make-up study they owe and their next sessions.</source>
        <translation>在上方选择一名党员，查看其年度进度、待补学内容和近期学习活动。</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>%1 — year %2, as of %3</source>
        <translation>%1 — %2年度，截至 %3</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字</translation>
    </message>
    <message>
        <source>speeches</source>
        <translation>次</translation>
    </message>
    <message>
        <source>units</source>
        <translation>篇</translation>
    </message>
    <message>
        <source>On track: the part due by today is reached</source>
        <translation>进度正常：已达到截至今天应完成的部分</translation>
    </message>
    <message>
        <source>Behind: below the part due by today</source>
        <translation>进度落后：低于截至今天应完成的部分</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>Make-up study owed</source>
        <translation>待补学</translation>
    </message>
    <message>
        <source>Nothing to make up: every missed session has been made up.</source>
        <translation>没有待补学内容：缺席的学习都已补学。</translation>
    </message>
    <message>
        <source>My next sessions</source>
        <translation>我的近期学习活动</translation>
    </message>
    <message>
        <source>No session of your study groups is planned yet — the secretary schedules them; meanwhile log your self-study.</source>
        <translation>你所在的学习组还没有计划学习活动 — 由书记安排；这期间可以登记个人自学。</translation>
    </message>
    <message>
        <source>The part due by %1 is reached</source>
        <translation>已达到截至 %1 应完成的部分</translation>
    </message>
    <message>
        <source>Below the part due by %1</source>
        <translation>低于截至 %1 应完成的部分</translation>
    </message>
</context>
<context>
    <name>sl::MemberLeavingActions</name>
    <message>
        <source>&amp;Transfer Member…</source>
        <translation>转出党员(&amp;T)…</translation>
    </message>
    <message>
        <source>De&amp;activate Member…</source>
        <translation>停用党员(&amp;A)…</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate Member</source>
        <translation>恢复党员(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>显示已停用(&amp;I)</translation>
    </message>
    <message>
        <source>List the members who left (greyed) as well</source>
        <translation>同时列出已停用的党员（灰色显示）</translation>
    </message>
    <message>
        <source>Transfer member</source>
        <translation>转出党员</translation>
    </message>
    <message>
        <source>Deactivate member</source>
        <translation>停用党员</translation>
    </message>
    <message>
        <source>Reactivate member</source>
        <translation>恢复党员</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>%1 (number %2) has %3 records (attendance, self-study, writings, speeches, assessment) and is not deleted. Transfer the member to another organisation or deactivate them instead: their records stay.</source>
        <translation>%1（编号 %2）有 %3 条记录（考勤、自学、心得、发言、考核），不能删除。请改为转出到其他党组织或停用：其记录将保留。</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转出(&amp;T)…</translation>
    </message>
    <message>
        <source>De&amp;activate…</source>
        <translation>停用(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete %1 (number %2) and their places in study groups? Edit › Undo brings them back.</source>
        <translation>删除 %1（编号 %2）及其学习组成员资格？可用 编辑 › 撤销 恢复。</translation>
    </message>
</context>
<context>
    <name>sl::MemberLeavingService</name>
    <message>
        <source>no such member</source>
        <translation>没有这名党员</translation>
    </message>
    <message>
        <source>%1 has left; reactivate the member first</source>
        <translation>%1 已停用，请先恢复</translation>
    </message>
    <message>
        <source>enter the date of the transfer</source>
        <translation>请输入调动日期</translation>
    </message>
    <message>
        <source>choose an organisation other than the member&apos;s own</source>
        <translation>请选择党员现所在组织以外的党组织</translation>
    </message>
    <message>
        <source>choose an organisation</source>
        <translation>请选择党组织</translation>
    </message>
    <message>
        <source>%1 has left already</source>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <source>enter the day the member left</source>
        <translation>请输入停用日期</translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation>%1 未停用</translation>
    </message>
    <message>
        <source>%1 has %2 records (attendance, self-study, writings, speeches, assessment): transfer or deactivate the member instead</source>
        <translation>%1 有 %2 条记录（考勤、自学、心得、发言、考核），不能删除：请改为转出或停用</translation>
    </message>
    <message>
        <source>%1 cannot be put back: %2</source>
        <translation>%1 无法恢复：%2</translation>
    </message>
</context>
<context>
    <name>sl::MemberPicker</name>
    <message>
        <source>&amp;Member:</source>
        <translation>党员(&amp;M)：</translation>
    </message>
    <message>
        <source>A member account sees its own records only.</source>
        <translation>党员账户只能查看本人的记录。</translation>
    </message>
</context>
<context>
    <name>sl::MemberRecordsView</name>
    <message>
        <source>Filter the rows…</source>
        <translation>筛选本表…</translation>
    </message>
</context>
<context>
    <name>sl::MemberSearchField</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type a name or number…</source>
        <translation>输入姓名或编号…</translation>
    </message>
</context>
<context>
    <name>sl::MemberTableModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在党组织</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Cadre level</source>
        <translation>干部级别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Left on %1 (%2)</source>
        <translation>%1 停用（%2）</translation>
    </message>
</context>
<context>
    <name>sl::MembersView</name>
    <message>
        <source>&amp;New Member…</source>
        <translation>新建党员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Member…</source>
        <translation>编辑党员(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Member…</source>
        <translation>删除党员(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search name, number, phone… (Ctrl+F)</source>
        <translation>搜索姓名、编号、电话…（Ctrl+F）</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ 新建</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>The members cannot be read: %1</source>
        <translation>无法读取党员：%1</translation>
    </message>
    <message>
        <source>No organisations yet — import them with “studyledger-cli import orgs FILE”, then add members here.</source>
        <translation>还没有党组织 — 请用“studyledger-cli import orgs 文件”导入，然后在这里添加党员。</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>没有与“%1”匹配的党员。</translation>
    </message>
    <message>
        <source>No members in this organisation yet — click “+ New” to add one, or import a list with “studyledger-cli import members FILE”.</source>
        <translation>该党组织还没有党员 — 点击“+ 新建”添加，或用“studyledger-cli import members 文件”导入名单。</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑党员</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该党员已不存在。</translation>
    </message>
    <message>
        <source>members</source>
        <translation>党员</translation>
    </message>
</context>
<context>
    <name>sl::MembershipDialog</name>
    <message>
        <source>Group Membership</source>
        <translation>学习组成员</translation>
    </message>
    <message>
        <source>&amp;Study group:</source>
        <translation>学习组(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>Study Group of %1</source>
        <translation>%1 的学习组</translation>
    </message>
    <message>
        <source>(choose a study group)</source>
        <translation>（请选择学习组）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is not a date; type it like 2026-03-05</source>
        <translation>不是日期，请按 2026-03-05 的格式输入</translation>
    </message>
</context>
<context>
    <name>sl::MembershipsPane</name>
    <message>
        <source>Study groups</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>&amp;Join Study Group…</source>
        <translation>加入学习组(&amp;J)…</translation>
    </message>
    <message>
        <source>Edit &amp;Place…</source>
        <translation>编辑(&amp;P)…</translation>
    </message>
    <message>
        <source>Lea&amp;ve Group…</source>
        <translation>退出学习组(&amp;V)…</translation>
    </message>
    <message>
        <source>Select a member to see their study groups.</source>
        <translation>选择党员以查看其所在学习组。</translation>
    </message>
    <message>
        <source>Not in any study group — click “Join Study Group…” to add one.</source>
        <translation>尚未加入学习组 — 点击“加入学习组…”添加。</translation>
    </message>
    <message>
        <source>group-memberships</source>
        <translation>学习组成员</translation>
    </message>
</context>
<context>
    <name>sl::MessageBoxes</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sl::Migrator</name>
    <message>
        <source>migration %1 is missing</source>
        <translation>缺少升级脚本 %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>升级脚本 %1 执行失败：%2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program&apos;s %3; use a newer StudyLedger</source>
        <translation>%1 的数据库版本为 %2，高于本程序支持的 %3；请使用更新版本的学习台账</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>无法读取 %1 的数据库版本</translation>
    </message>
</context>
<context>
    <name>sl::MinutesCombo</name>
    <message>
        <source>Minutes: choose a preset or type a number</source>
        <translation>时长（分钟）：选择常用时长或直接输入</translation>
    </message>
    <message>
        <source>half a day</source>
        <translation>半天</translation>
    </message>
    <message>
        <source>half a day (%1 min)</source>
        <translation>半天（%1 分钟）</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>sl::ModelStatusDialog</name>
    <message>
        <source>Change Status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>sl::ModelUnitDialog</name>
    <message>
        <source>Apply for Recognition</source>
        <translation>申报示范点/品牌活动</translation>
    </message>
    <message>
        <source>&amp;Unit name:</source>
        <translation>名称(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>党组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Edit — %1</source>
        <translation>编辑 — %1</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>申报日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>sl::ModelUnitService</name>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>choose an organisation</source>
        <translation>请选择党组织</translation>
    </message>
    <message>
        <source>no such demonstration site or brand activity</source>
        <translation>没有这个示范点或品牌活动</translation>
    </message>
    <message>
        <source>is before the last change (%1)</source>
        <translation>早于上次变更日期（%1）</translation>
    </message>
    <message>
        <source>the status changed since; its last change cannot be taken back</source>
        <translation>状态此后已有变更，不能撤回其最后一次变更</translation>
    </message>
</context>
<context>
    <name>sl::ModelUnitTableModel</name>
    <message>
        <source>Name of the unit</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::MonthSpinBox</name>
    <message>
        <source>there is no month %1 (%2 to %3)</source>
        <translation>没有 %1 月（月份为 %2 至 %3）</translation>
    </message>
</context>
<context>
    <name>sl::MyYearView</name>
    <message>
        <source>My year</source>
        <translation>我的年度</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation> 年度</translation>
    </message>
    <message>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>交流发言</translation>
    </message>
    <message>
        <source>Writings</source>
        <translation>心得调研</translation>
    </message>
    <message>
        <source>Nothing to make up: every missed session has been made up.</source>
        <translation>没有待补学的活动：缺席或请假的活动都已补学。</translation>
    </message>
    <message>
        <source>Choose a member above to see where they stand in the year.</source>
        <translation>请在上方选择党员，查看其本年度学习进度。</translation>
    </message>
    <message>
        <source>The figures cannot be read: %1</source>
        <translation>无法读取统计数据：%1</translation>
    </message>
    <message>
        <source>On track: the part due by today is reached</source>
        <translation>进度正常：已达到按进度应完成的部分</translation>
    </message>
    <message>
        <source>Behind: below the part due by today</source>
        <translation>进度落后：低于按进度应完成的部分</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, as of %4: %5% of the year has passed</source>
        <translation>%1（%2）— %3，截至 %4，全年已过 %5%</translation>
    </message>
    <message>
        <source>cadre, %1</source>
        <translation>干部，%1</translation>
    </message>
    <message>
        <source>ordinary member</source>
        <translation>普通党员</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1 / %2 hours (due by now: %3)</source>
        <translation>%1 / %2 学时（按进度应达 %3）</translation>
    </message>
    <message>
        <source>%1% of the year&apos;s target · collective study %2 h + self-study %3 h</source>
        <translation>完成全年目标的 %1% · 集体学习 %2 学时 + 个人自学 %3 学时</translation>
    </message>
    <message>
        <source>%1 / %2 characters (due by now: %3)</source>
        <translation>%1 / %2 字（按进度应达 %3）</translation>
    </message>
    <message>
        <source>%1% of the year&apos;s target · notes of the self-study entries</source>
        <translation>完成全年目标的 %1% · 个人自学的学习笔记</translation>
    </message>
    <message>
        <source>%1 / %2 speeches (due by now: %3)</source>
        <translation>%1 / %2 次（按进度应达 %3）</translation>
    </message>
    <message>
        <source>%1% of the year&apos;s target · speeches at study sessions</source>
        <translation>完成全年目标的 %1% · 学习活动中的交流发言</translation>
    </message>
    <message>
        <source>%1 / %2 units (due by now: %3)</source>
        <translation>%1 / %2 篇（按进度应达 %3）</translation>
    </message>
    <message>
        <source>%1% of the year&apos;s target · reflections %2, theory articles %3, research reports %4 (a report counts 2)</source>
        <translation>完成全年目标的 %1% · 心得体会 %2 篇，理论文章 %3 篇，调研报告 %4 篇（调研报告计 2 篇）</translation>
    </message>
    <message numerus="yes">
        <source>Make-up study owed: %n session(s)</source>
        <translation>
            <numerusform>待补学：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>make-up-owed</source>
        <translation>待补学</translation>
    </message>
</context>
<context>
    <name>sl::NewAccountDialog</name>
    <message>
        <source>&amp;Account name:</source>
        <translation>账号名(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. zhangwei</source>
        <translation>例如 zhangwei</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>党员(&amp;M)：</translation>
    </message>
    <message>
        <source>number or name of the member</source>
        <translation>党员编号或姓名</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>再次输入(&amp;E)：</translation>
    </message>
    <message>
        <source>(all organisations)</source>
        <translation>（全部组织）</translation>
    </message>
    <message>
        <source>Switch On Logging In</source>
        <translation>启用登录</translation>
    </message>
    <message>
        <source>This ledger has no accounts: everyone who opens it may do everything. The first account is an administrator; from then on StudyLedger and studyledger-cli ask everyone to log in, and each account may do what its role allows.</source>
        <translation>本台账还没有账号：任何打开它的人都可以进行所有操作。第一个账号为管理员；此后学习台账和 studyledger-cli 都要求登录，每个账号只能进行其角色允许的操作。</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>A member account sees and records only its member&apos;s own study; a secretary keeps the records of an organisation and those below it; a leader reads them.</source>
        <translation>党员账号只能查看和记录本人的学习；书记/秘书负责本组织及下级组织的记录；领导可以查看这些记录。</translation>
    </message>
    <message>
        <source>Account name: required</source>
        <translation>账号名：不能为空</translation>
    </message>
    <message>
        <source>Account name: no spaces</source>
        <translation>账号名：不能包含空格</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>党员：%1</translation>
    </message>
    <message>
        <source>Member: type the number or name of the member this account stands for</source>
        <translation>党员：请输入该账号对应党员的编号或姓名</translation>
    </message>
    <message>
        <source>Organisation: a secretary or leader works in one organisation</source>
        <translation>组织：书记/秘书或领导账号需要指定一个组织</translation>
    </message>
    <message numerus="yes">
        <source>Password: at least %n character(s)</source>
        <translation>
            <numerusform>密码：至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat: the two passwords differ</source>
        <translation>再次输入：两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>sl::OdtPageStyle</name>
    <message>
        <source>cannot write the ODT page: %1</source>
        <translation>无法写入 ODT 页面设置：%1</translation>
    </message>
</context>
<context>
    <name>sl::OrgTreeModel</name>
    <message>
        <source>%1 (number %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>sl::OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上级组织(&amp;P)：</translation>
    </message>
    <message>
        <source>New Organisation</source>
        <translation>新建党组织</translation>
    </message>
    <message>
        <source>Edit Organisation — %1</source>
        <translation>编辑党组织 — %1</translation>
    </message>
    <message>
        <source>(none: a top-level organisation)</source>
        <translation>（无：顶级组织）</translation>
    </message>
</context>
<context>
    <name>sl::OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>sl::PackageActions</name>
    <message>
        <source>Data packages (*.zip)</source>
        <translation>数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Export Data Package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Writing the data package…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the data package of %1 (%n records) to %2.</source>
        <translation>
            <numerusform>已将 %1 的数据包（%n 条记录）写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Data Package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Checking the data package…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <source>Merging the data package…</source>
        <translation>正在合并数据包…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the package has %n problems.

%1</source>
        <translation>
            <numerusform>未导入任何数据：数据包有 %n 处问题。

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1：新增 %2，更新 %3，未变 %4。</translation>
    </message>
    <message>
        <source>Import data &amp;package…</source>
        <translation>导入数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>Export data pac&amp;kage…</source>
        <translation>导出数据包(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>sl::PackageAdjustments</name>
    <message>
        <source>must be %1 or %2</source>
        <translation>须为 %1 或 %2</translation>
    </message>
    <message>
        <source>is not a year</source>
        <translation>不是年份</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
</context>
<context>
    <name>sl::PackageFiles</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> 等，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown organisations: %1</source>
        <translation>未知组织：%1</translation>
    </message>
    <message>
        <source>unknown members: %1</source>
        <translation>未知党员：%1</translation>
    </message>
    <message>
        <source>%1: this ledger does not know what the package refers to (%2); import the roster first. Nothing was imported</source>
        <translation>%1：本台账中没有数据包涉及的组织或党员（%2）；请先导入名册。未导入任何数据</translation>
    </message>
</context>
<context>
    <name>sl::PackageService</name>
    <message>
        <source>unknown organisation %1</source>
        <translation>未知组织 %1</translation>
    </message>
    <message>
        <source>unknown member %1</source>
        <translation>未知党员 %1</translation>
    </message>
    <message>
        <source>unknown study group %1</source>
        <translation>未知学习组 %1</translation>
    </message>
    <message>
        <source>must be between -100 and 100</source>
        <translation>必须在 -100 到 100 之间</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>调整分数必须填写理由</translation>
    </message>
</context>
<context>
    <name>sl::PageBar</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
</context>
<context>
    <name>sl::PasswordDialog</name>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>A new password for the account %1. Tell it to its owner, who can change it afterwards.</source>
        <translation>为账号 %1 设置新密码。请告知账号本人，本人之后可以自行修改。</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password: type the password you log in with now</source>
        <translation>当前密码：请输入您现在登录用的密码</translation>
    </message>
    <message numerus="yes">
        <source>New password: at least %n character(s)</source>
        <translation>
            <numerusform>新密码：至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat: the two new passwords differ</source>
        <translation>再次输入：两次输入的新密码不一致</translation>
    </message>
</context>
<context>
    <name>sl::PasswordHash</name>
    <message>
        <source>the password library could not start</source>
        <translation>密码库无法启动</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希</translation>
    </message>
</context>
<context>
    <name>sl::PdfOutline</name>
    <message>
        <source>cannot add the bookmarks: %1</source>
        <translation>无法添加书签：%1</translation>
    </message>
</context>
<context>
    <name>sl::PendingChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存的更改</translation>
    </message>
</context>
<context>
    <name>sl::Period</name>
    <message>
        <source>the period has no dates</source>
        <translation>期间没有日期</translation>
    </message>
    <message>
        <source>the period must lie within one calendar year</source>
        <translation>期间必须在同一自然年度内</translation>
    </message>
</context>
<context>
    <name>sl::PeriodFilterCombo</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>sl::Permissions</name>
    <message>
        <source>read organisations and members</source>
        <translation>查看组织和党员</translation>
    </message>
    <message>
        <source>change organisations and members</source>
        <translation>修改组织和党员</translation>
    </message>
    <message>
        <source>read plans, sessions and attendance</source>
        <translation>查看计划、学习活动和考勤</translation>
    </message>
    <message>
        <source>change study plans</source>
        <translation>修改学习计划</translation>
    </message>
    <message>
        <source>change study sessions</source>
        <translation>修改学习活动</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>记录考勤</translation>
    </message>
    <message>
        <source>record make-up study</source>
        <translation>记录补学</translation>
    </message>
    <message>
        <source>record speeches</source>
        <translation>记录交流发言</translation>
    </message>
    <message>
        <source>change the expert pool and model units</source>
        <translation>修改专家库和示范点</translation>
    </message>
    <message>
        <source>read self-study and writings</source>
        <translation>查看个人自学和心得</translation>
    </message>
    <message>
        <source>log self-study</source>
        <translation>记录个人自学</translation>
    </message>
    <message>
        <source>register writings</source>
        <translation>登记心得与调研</translation>
    </message>
    <message>
        <source>appraise writings</source>
        <translation>评选心得与调研</translation>
    </message>
    <message>
        <source>read a member&apos;s archive and figures</source>
        <translation>查看学习档案和个人进度</translation>
    </message>
    <message>
        <source>read assessment results</source>
        <translation>查看考核结果</translation>
    </message>
    <message>
        <source>adjust an assessment</source>
        <translation>调整考核结果</translation>
    </message>
    <message>
        <source>publish assessment results</source>
        <translation>公布考核结果</translation>
    </message>
    <message>
        <source>read the rubric and targets</source>
        <translation>查看考核细则和目标</translation>
    </message>
    <message>
        <source>change the rubric and targets</source>
        <translation>修改考核细则和目标</translation>
    </message>
    <message>
        <source>read the dashboard</source>
        <translation>查看统计看板</translation>
    </message>
    <message>
        <source>read study bulletins</source>
        <translation>查看学习通报</translation>
    </message>
    <message>
        <source>change bulletin settings and issue bulletins</source>
        <translation>修改通报设置和签发通报</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看操作记录</translation>
    </message>
    <message>
        <source>back up the ledger</source>
        <translation>备份台账</translation>
    </message>
    <message>
        <source>restore the ledger from a backup</source>
        <translation>从备份恢复台账</translation>
    </message>
</context>
<context>
    <name>sl::PlanCommand</name>
    <message>
        <source>Add item “%1”</source>
        <translation>新增项目“%1”</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>编辑第 %1 项</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>删除第 %1 项</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>上移项目</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>下移项目</translation>
    </message>
    <message>
        <source>Set the approval date</source>
        <translation>设定批准日期</translation>
    </message>
    <message>
        <source>New plan of %1</source>
        <translation>新建 %1 年度计划</translation>
    </message>
</context>
<context>
    <name>sl::PlanDueModel</name>
    <message>
        <source>carried out %1</source>
        <translation>已于 %1 落实</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待落实</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sl::PlanItemDialog</name>
    <message>
        <source>New Plan Item</source>
        <translation>新增计划项目</translation>
    </message>
    <message>
        <source>Edit Plan Item %1</source>
        <translation>编辑计划第 %1 项</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>专题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>领学人(&amp;L)：</translation>
    </message>
    <message>
        <source>Three m&amp;usts:</source>
        <translation>三个必学习(&amp;U)：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>领学人</translation>
    </message>
    <message>
        <source>Three musts</source>
        <translation>三个必学习</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Drop the changes to this item?</source>
        <translation>放弃对该项目的修改吗？</translation>
    </message>
</context>
<context>
    <name>sl::PlanItemModel</name>
    <message>
        <source>month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未落实</translation>
    </message>
    <message>
        <source>✓ %1 (%2 sessions)</source>
        <translation>✓ %1（%2 次）</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>领学人</translation>
    </message>
    <message>
        <source>Three musts</source>
        <translation>三个必学习</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>落实情况</translation>
    </message>
</context>
<context>
    <name>sl::PlanService</name>
    <message>
        <source>no such study plan</source>
        <translation>没有这份学习计划</translation>
    </message>
    <message>
        <source>choose a study group</source>
        <translation>请选择学习组</translation>
    </message>
    <message>
        <source>the plan has an item %1 already: %2</source>
        <translation>计划中已有序号为 %1 的事项：%2</translation>
    </message>
    <message>
        <source>no such plan item</source>
        <translation>没有这个计划事项</translation>
    </message>
    <message>
        <source>must be a number from 1 to %1, not %2</source>
        <translation>必须是 1 到 %1 之间的数字，而不是 %2</translation>
    </message>
    <message>
        <source>a new order must list every item of the plan exactly once</source>
        <translation>新的顺序必须包含计划的每个事项，且每项只出现一次</translation>
    </message>
</context>
<context>
    <name>sl::PlanView</name>
    <message>
        <source>Set</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>New &amp;Plan</source>
        <translation>新建计划(&amp;P)</translation>
    </message>
    <message>
        <source>Study Plan</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>+ &amp;New Item…</source>
        <translation>+ 新增项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>编辑项目(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Item…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Create Session from Item…</source>
        <translation>按此项新建活动(&amp;C)…</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>批准日期：</translation>
    </message>
    <message>
        <source>No study plan yet — create one or import it from Excel</source>
        <translation>还没有学习计划 — 新建或从 Excel 导入</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) carried out</source>
        <translation>
            <numerusform>共 %n 项，已落实 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Delete item %1 “%2”? The items after it move up.</source>
        <translation>删除第 %1 项“%2”吗？其后的项目序号依次前移。</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>Approved on: %1</source>
        <translation>批准日期：%1</translation>
    </message>
    <message>
        <source>In &amp;Plan Order</source>
        <translation>按计划顺序(&amp;P)</translation>
    </message>
</context>
<context>
    <name>sl::ProgressService</name>
    <message>
        <source>no member with id %1</source>
        <translation>没有 ID 为 %1 的党员</translation>
    </message>
</context>
<context>
    <name>sl::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sl::RegisterCommand</name>
    <message>
        <source>Edit expert %1</source>
        <translation>编辑专家 %1</translation>
    </message>
    <message>
        <source>New expert %1</source>
        <translation>新增专家 %1</translation>
    </message>
    <message>
        <source>Remove expert %1</source>
        <translation>删除专家 %1</translation>
    </message>
    <message>
        <source>Apply for %1</source>
        <translation>申报 %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>变更“%1”的状态</translation>
    </message>
</context>
<context>
    <name>sl::RegistersView</name>
    <message>
        <source>&amp;Expert pool</source>
        <translation>专家资源库(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Demonstration sites and brand activities</source>
        <translation>示范点与品牌活动(&amp;D)</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sessions given&lt;/b&gt;</source>
        <translation>&lt;b&gt;授课记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ &amp;New Expert…</source>
        <translation>+ 新增专家(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status history&lt;/b&gt;</source>
        <translation>&lt;b&gt;状态变更记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ &amp;Apply…</source>
        <translation>+ 申报(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change Status…</source>
        <translation>变更状态(&amp;C)…</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4)</source>
        <translation>%1  %2  %3（%4）</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Expert Pool</source>
        <translation>专家资源库</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Remove %1 from the pool?</source>
        <translation>将%1移出专家资源库吗？</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>专家库</translation>
    </message>
    <message>
        <source>model-units</source>
        <translation>示范单位</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove %1 with its status history?</source>
        <translation>删除“%1”及其状态记录吗？</translation>
    </message>
    <message>
        <source>No experts yet — add one with “+ New Expert…”.</source>
        <translation>还没有专家 — 点击“+ 新增专家…”添加</translation>
    </message>
    <message>
        <source>No model units yet — apply for one with “+ Apply…”.</source>
        <translation>还没有示范点 — 点击“+ 申报…”登记</translation>
    </message>
    <message>
        <source>Choose an expert to see the sessions they gave.</source>
        <translation>选择一位专家，查看其授课记录。</translation>
    </message>
    <message>
        <source>No sessions given yet — choose this expert as the speaker of a session.</source>
        <translation>还没有授课记录 — 在学习活动中选择该专家为主讲人。</translation>
    </message>
    <message>
        <source>Choose a model unit to see its status history.</source>
        <translation>选择一个示范点，查看其状态变更记录。</translation>
    </message>
    <message>
        <source>No change of status recorded yet.</source>
        <translation>还没有状态变更记录。</translation>
    </message>
    <message>
        <source>New Expert…</source>
        <translation>新增专家…</translation>
    </message>
    <message>
        <source>Edit Expert…</source>
        <translation>编辑专家…</translation>
    </message>
    <message>
        <source>Remove Expert</source>
        <translation>删除专家</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>申报…</translation>
    </message>
    <message>
        <source>Edit Unit…</source>
        <translation>编辑示范点…</translation>
    </message>
    <message>
        <source>Remove Unit</source>
        <translation>删除示范点</translation>
    </message>
    <message>
        <source>Change Status…</source>
        <translation>变更状态…</translation>
    </message>
</context>
<context>
    <name>sl::RemoveSelfStudyCommand</name>
    <message>
        <source>delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>sl::RosterImportService</name>
    <message>
        <source>makes the organisation its own ancestor</source>
        <translation>会使该党组织成为自己的上级</translation>
    </message>
    <message>
        <source>a central study group (中心组) belongs to a Party committee (党委)</source>
        <translation>中心组只能属于党委</translation>
    </message>
</context>
<context>
    <name>sl::RosterService</name>
    <message>
        <source>choose an organisation</source>
        <translation>请选择党组织</translation>
    </message>
    <message>
        <source>the number %1 belongs to %2 already</source>
        <translation>编号 %1 已属于%2</translation>
    </message>
</context>
<context>
    <name>sl::RowParser</name>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
</context>
<context>
    <name>sl::Rubric</name>
    <message>
        <source>must be between 1900 and 9999</source>
        <translation>必须在 1900 到 9999 之间</translation>
    </message>
    <message>
        <source>must not be above 100</source>
        <translation>不能大于 100</translation>
    </message>
    <message>
        <source>must be below grade_excellent</source>
        <translation>必须低于“优秀”分数线</translation>
    </message>
    <message>
        <source>must be below grade_pass</source>
        <translation>必须低于“合格”分数线</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>the maxima must add up to 100, not %1</source>
        <translation>各项满分之和必须为 100，现为 %1</translation>
    </message>
</context>
<context>
    <name>sl::RubricPage</name>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Components of the score (maximum points)</source>
        <translation>考核项目（满分）</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>Study hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Writings</source>
        <translation>心得与调研</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Attendance points per record</source>
        <translation>每条考勤记录的得分</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>the most a record earns; default %1</source>
        <translation>单条记录的最高得分；默认 %1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Make-up done</source>
        <translation>已补学</translation>
    </message>
    <message>
        <source>added once made up; default %1</source>
        <translation>补学后加分；默认 %1</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>A&amp;pply the veto this year</source>
        <translation>本年度实行一票否决(&amp;P)</translation>
    </message>
    <message>
        <source>Targets per member and year</source>
        <translation>每名党员的年度目标</translation>
    </message>
    <message>
        <source>Hours, ordinary members</source>
        <translation>学时（普通党员）</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>collective + self-study; default %1</source>
        <translation>集体学习 + 个人自学；默认 %1</translation>
    </message>
    <message>
        <source>Hours, cadres</source>
        <translation>学时（干部）</translation>
    </message>
    <message>
        <source>Notes, ordinary members</source>
        <translation>笔记（普通党员）</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>Notes, cadres</source>
        <translation>笔记（干部）</translation>
    </message>
    <message>
        <source> speeches</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Writing units</source>
        <translation>心得调研（折算篇数）</translation>
    </message>
    <message>
        <source> units</source>
        <translation> 篇</translation>
    </message>
    <message>
        <source>Bonus for awards</source>
        <translation>获奖加分</translation>
    </message>
    <message>
        <source>Per award</source>
        <translation>每项获奖</translation>
    </message>
    <message>
        <source>per appraised writing; default %1</source>
        <translation>每篇获奖文章；默认 %1</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Grades (lower bounds of the final score)</source>
        <translation>考核等次（最终得分下限）</translation>
    </message>
    <message>
        <source>Cannot save the rubric</source>
        <translation>无法保存考核细则</translation>
    </message>
    <message>
        <source>Sum of the maxima</source>
        <translation>满分合计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The rubric cannot be read: %1</source>
        <translation>无法读取考核细则：%1</translation>
    </message>
    <message>
        <source>The results of %1 are published: its rubric is frozen and can no longer change.</source>
        <translation>%1 年度考核结果已发布：考核细则已锁定，不能再更改。</translation>
    </message>
    <message>
        <source>Rubric set for %1.</source>
        <translation>%1 年度已单独设置考核细则。</translation>
    </message>
    <message>
        <source>%1 has no rubric of its own yet: the defaults apply.</source>
        <translation>%1 年度还没有单独设置考核细则：使用默认值。</translation>
    </message>
    <message>
        <source>Only an administrator changes it; you see it read-only.</source>
        <translation>只有管理员可以更改；你只能查看。</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Save the rubric of %1</source>
        <translation>保存 %1 年度考核细则</translation>
    </message>
    <message>
        <source>The rubric and targets of %1 have unsaved changes. Save them?</source>
        <translation>%1 年的考核细则与目标有尚未保存的更改，是否保存？</translation>
    </message>
    <message>
        <source>The assessment rubric and the targets of a year. A year without its own rubric uses the defaults; once its results are published the rubric no longer changes.</source>
        <translation>年度学习考核细则和学习目标。没有单独设置细则的年度使用默认值；考核结果发布后，细则不能再更改。</translation>
    </message>
    <message>
        <source>An absence not made up keeps a member from excellent: the grade becomes pass.</source>
        <translation>缺席未补学的党员不能评为优秀，等次降为合格。</translation>
    </message>
    <message>
        <source>cadre level other than none; default %1</source>
        <translation>干部级别不为“无”；默认 %1</translation>
    </message>
    <message>
        <source>research reports 2, others 1; default %1</source>
        <translation>调研报告计 2 篇，其他计 1 篇；默认 %1</translation>
    </message>
    <message>
        <source>Excellent from</source>
        <translation>优秀不低于</translation>
    </message>
    <message>
        <source>Pass from</source>
        <translation>合格不低于</translation>
    </message>
    <message>
        <source>Basic pass from</source>
        <translation>基本合格不低于</translation>
    </message>
    <message>
        <source>below: fail; default %1</source>
        <translation>以下为不合格；默认 %1</translation>
    </message>
</context>
<context>
    <name>sl::RubricService</name>
    <message>
        <source>publish the results with setPublished, not by saving</source>
        <translation>请通过“发布结果”发布，而不是保存</translation>
    </message>
    <message>
        <source>the results of %1 are published; the rubric can no longer change</source>
        <translation>%1年度考核结果已发布，考核细则不能再修改</translation>
    </message>
    <message>
        <source>results of %1 assessed by this rubric are published; the rubric can no longer change</source>
        <translation>按本细则考核的 %1 年度结果已发布，细则不能再更改</translation>
    </message>
</context>
<context>
    <name>sl::ScopeComboBox</name>
    <message>
        <source>Group: %1</source>
        <translation>学习组：%1</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
</context>
<context>
    <name>sl::ScopePeriodBar</name>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>sl::ScopeToolBar</name>
    <message>
        <source>Scope and year</source>
        <translation>范围与年度</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <source>The organisation (with its subordinate organisations) or the study group that every area shows</source>
        <translation>各功能区显示的组织（含下级组织）或学习组</translation>
    </message>
    <message>
        <source>Find an organisation or group…</source>
        <translation>查找组织或学习组…</translation>
    </message>
    <message>
        <source>The year that every area shows</source>
        <translation>各功能区显示的年度</translation>
    </message>
</context>
<context>
    <name>sl::ScreenshotRunner</name>
    <message>
        <source>unknown view %1; one of: %2</source>
        <translation>未知视图 %1；可选：%2</translation>
    </message>
    <message>
        <source>cannot open the member dialog</source>
        <translation>无法打开党员对话框</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the view %1 is not available</source>
        <translation>视图 %1 不可用</translation>
    </message>
    <message>
        <source>the dashboard did not finish</source>
        <translation>统计看板未能完成</translation>
    </message>
    <message>
        <source>the assessment did not finish</source>
        <translation>考核未能完成</translation>
    </message>
    <message>
        <source>the bulletin did not finish</source>
        <translation>通报未能生成完毕</translation>
    </message>
</context>
<context>
    <name>sl::SecretaryAreas</name>
    <message>
        <source>Study plan</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>学习活动</translation>
    </message>
    <message>
        <source>Attendance and make-up</source>
        <translation>考勤与补学</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记簿</translation>
    </message>
</context>
<context>
    <name>sl::SecretaryHome</name>
    <message>
        <source>Next sessions</source>
        <translation>近期学习活动</translation>
    </message>
    <message>
        <source>No session is planned from today on — plan one in Sessions (+ New) or from an item of the study plan.</source>
        <translation>今天以后没有计划的学习活动 — 请在“学习活动”中新建，或从学习计划项目创建。</translation>
    </message>
    <message>
        <source>Held sessions without attendance</source>
        <translation>尚未登记考勤的学习活动</translation>
    </message>
    <message>
        <source>Nothing to record: every held session of the last twelve months has its attendance.</source>
        <translation>无需登记：近十二个月举行的学习活动都已登记考勤。</translation>
    </message>
    <message>
        <source>Make-up study owed in %1</source>
        <translation>%1 年度待补学</translation>
    </message>
    <message>
        <source>Plan items due in %1</source>
        <translation>%1到期的计划项目</translation>
    </message>
    <message>
        <source>No plan item falls in this month — add the year&apos;s items in Study plan, or import the plan from Excel.</source>
        <translation>本月没有计划项目 — 请在“学习计划”中添加本年度项目，或从 Excel 导入。</translation>
    </message>
    <message>
        <source>Nobody owes make-up study in %1. Members who were excused or absent appear here until their make-up is recorded.</source>
        <translation>%1 年度无人欠补学。请假或缺席的党员会列在这里，直到登记补学。</translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyDialog</name>
    <message>
        <source>Edit self-study — %1</source>
        <translation>修改个人自学 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n character(s)</source>
        <translation>
            <numerusform>笔记 %n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>is not a number of minutes; type it like 45</source>
        <translation>不是分钟数，请填写如 45</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard the changes to this entry?</source>
        <translation>放弃对这条记录的修改吗？</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>时长(&amp;M)</translation>
    </message>
    <message>
        <source>M&amp;aterial</source>
        <translation>学习内容(&amp;A)</translation>
    </message>
    <message>
        <source>M&amp;edium</source>
        <translation>形式(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>学习笔记(&amp;N)</translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyQuickEntry</name>
    <message>
        <source>What did you study? (completes from earlier entries)</source>
        <translation>学了什么？（可从以前的记录中自动补全）</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <source>Log the entry (Enter; Ctrl+Enter in the notes)</source>
        <translation>记录这一条（Enter；在笔记中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>时长(&amp;I)</translation>
    </message>
    <message>
        <source>Mate&amp;rial</source>
        <translation>学习内容(&amp;R)</translation>
    </message>
    <message>
        <source>Medi&amp;um</source>
        <translation>形式(&amp;U)</translation>
    </message>
    <message>
        <source>Notes (学习笔记): what you took from it; they count towards the year&apos;s notes target</source>
        <translation>学习笔记：记下收获和体会，计入本年度笔记字数目标</translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n character(s)</source>
        <translation>
            <numerusform>笔记 %n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>学习笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>学习笔记</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>is not a number of minutes; type it like 45</source>
        <translation>不是分钟数，请填写如 45</translation>
    </message>
    <message>
        <source>choose a member first</source>
        <translation>请先选择党员</translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyService</name>
    <message>
        <source>choose the member who studied</source>
        <translation>请选择自学的党员</translation>
    </message>
    <message>
        <source>%1 is logged for %2 already; edit that entry</source>
        <translation>%2 已记录过“%1”，请修改那条记录</translation>
    </message>
    <message>
        <source>the self-study entry no longer exists</source>
        <translation>这条自学记录已不存在</translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyTableModel</name>
    <message>
        <source>No notes</source>
        <translation>没有笔记</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>学习内容</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Notes (characters)</source>
        <translation>笔记（字）</translation>
    </message>
</context>
<context>
    <name>sl::SelfStudyView</name>
    <message>
        <source>Self-study</source>
        <translation>个人自学</translation>
    </message>
    <message>
        <source>The change cannot be undone or redone: %1</source>
        <translation>无法撤销或重做这项修改：%1</translation>
    </message>
    <message>
        <source>Log self-study</source>
        <translation>记一笔自学</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>修改记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <source>The entries cannot be read: %1</source>
        <translation>无法读取自学记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies), %2 hours</source>
        <translation>
            <numerusform>%1共 %n 条，%2 学时</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a member above to see their self-study.</source>
        <translation>请在上方选择党员，查看其个人自学。</translation>
    </message>
    <message>
        <source>No self-study in this period yet — fill in the line above and press Enter.</source>
        <translation>这段时间还没有自学记录 — 在上面一行填写后按 Enter 即可记录。</translation>
    </message>
    <message>
        <source>Edit self-study</source>
        <translation>修改个人自学</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>这条记录已不存在。</translation>
    </message>
    <message>
        <source>Delete self-study</source>
        <translation>删除个人自学</translation>
    </message>
    <message>
        <source>Delete the entry of %1, “%2” (%3 min)? Ctrl+Z brings it back.</source>
        <translation>删除 %1 的“%2”（%3 分钟）吗？按 Ctrl+Z 可以恢复。</translation>
    </message>
</context>
<context>
    <name>sl::SeriesDialog</name>
    <message>
        <source>New Series of Sessions</source>
        <translation>按规律批量新建学习活动</translation>
    </message>
    <message>
        <source>The n-th weekday of each month</source>
        <translation>每月第几个星期几</translation>
    </message>
    <message>
        <source>The first working day of each month</source>
        <translation>每月第一个工作日</translation>
    </message>
    <message>
        <source>A fixed day of each month</source>
        <translation>每月固定日期</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1个</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>Keep the date</source>
        <translation>保持原日期</translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation>顺延到下一个工作日</translation>
    </message>
    <message>
        <source>Move to the previous working day</source>
        <translation>提前到上一个工作日</translation>
    </message>
    <message>
        <source>Skip that month</source>
        <translation>当月跳过</translation>
    </message>
    <message>
        <source>Collective study of {year}-{month}</source>
        <translation>{month}月集体学习</translation>
    </message>
    <message>
        <source>Placeholders: {year} {month} {day} {date} {n}</source>
        <translation>可用占位符：{year} {month} {day} {date} {n}</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规律(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日(&amp;D)：</translation>
    </message>
    <message>
        <source>On a &amp;weekend:</source>
        <translation>遇周末(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>开始时间(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>形式(&amp;O)：</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>专题(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dates of the series&lt;/b&gt;</source>
        <translation>&lt;b&gt;活动日期预览&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create Sessions</source>
        <translation>创建活动(&amp;C)</translation>
    </message>
    <message>
        <source>Start: type a time such as 14:30</source>
        <translation>开始时间：请输入时间，例如 14:30</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>共 %n 次活动</numerusform>
        </translation>
    </message>
    <message>
        <source>W&amp;hich:</source>
        <translation>第几个(&amp;H)：</translation>
    </message>
    <message>
        <source>Dat&amp;es:</source>
        <translation>起止日期(&amp;E)：</translation>
    </message>
    <message>
        <source>New Series of Sessions — %1</source>
        <translation>按规律批量新建学习活动 — %1</translation>
    </message>
    <message>
        <source>Study group: %1</source>
        <translation>学习组：%1</translation>
    </message>
</context>
<context>
    <name>sl::SeriesRequest</name>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>早于开始日期</translation>
    </message>
    <message>
        <source>a series covers at most %1 years</source>
        <translation>系列活动最多跨 %1 年</translation>
    </message>
    <message>
        <source>must be from %1 to %2 minutes, not %3</source>
        <translation>必须在 %1 到 %2 分钟之间，而不是 %3</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字</translation>
    </message>
</context>
<context>
    <name>sl::SessionDocuments</name>
    <message>
        <source>sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>学习记录</translation>
    </message>
    <message>
        <source>Print the %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Export the %1 as %2</source>
        <translation>将%1导出为 %2</translation>
    </message>
</context>
<context>
    <name>sl::SessionEditor</name>
    <message>
        <source>New Session</source>
        <translation>新建学习活动</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>编辑学习活动</translation>
    </message>
    <message>
        <source>Minutes (纪要): what was studied, discussed and decided</source>
        <translation>纪要：学习了什么、讨论了什么、形成了哪些共识</translation>
    </message>
    <message>
        <source>&amp;Minutes (纪要):</source>
        <translation>纪要(&amp;M)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>开始时间(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <source>Plan &amp;item:</source>
        <translation>计划项目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>专题(&amp;O)：</translation>
    </message>
    <message>
        <source>A member of the group, an expert of the pool, or any name</source>
        <translation>本组党员、专家库中的专家，或直接输入姓名</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>主讲人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Recorder:</source>
        <translation>记录人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>学习材料：</translation>
    </message>
    <message>
        <source>%1 (expert, %2)</source>
        <translation>%1（专家，%2）</translation>
    </message>
    <message>
        <source>(not from the plan)</source>
        <translation>（非计划内）</translation>
    </message>
    <message>
        <source>%1. %2 (month %3)</source>
        <translation>%1. %2（%3月）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Three musts</source>
        <translation>三个必学习</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>计划项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>type a time such as 14:30</source>
        <translation>请输入时间，例如 14:30</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Drop the changes to this session?</source>
        <translation>放弃对该活动的修改吗？</translation>
    </message>
    <message>
        <source>Study group:</source>
        <translation>学习组：</translation>
    </message>
    <message>
        <source>Session &amp;Record</source>
        <translation>学习记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation>导出为 ODT(&amp;O)…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>导出为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>The record of the session as saved</source>
        <translation>按已保存内容生成的学习记录</translation>
    </message>
    <message>
        <source>A saved held session has a record</source>
        <translation>已保存且已举行的学习活动才有学习记录</translation>
    </message>
    <message>
        <source>Thr&amp;ee musts:</source>
        <translation>三个必学习(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>sl::SessionImportService</name>
    <message>
        <source>item %1 of the %2 plan of %3 is on line %4 already</source>
        <translation>%3 %2年度计划的第 %1 项已在第 %4 行出现</translation>
    </message>
    <message>
        <source>differs from line %1 of the same plan</source>
        <translation>与同一计划的第 %1 行不一致</translation>
    </message>
    <message>
        <source>the %1 plan of %2 has no item %3</source>
        <translation>%2 的%1年度计划中没有第 %3 项</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>sl::SessionListCommand</name>
    <message>
        <source>Edit session “%1”</source>
        <translation>编辑活动“%1”</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <translation>删除活动“%1”</translation>
    </message>
    <message>
        <source>New session “%1”</source>
        <translation>新建活动“%1”</translation>
    </message>
    <message numerus="yes">
        <source>New series of %n session(s)</source>
        <translation>
            <numerusform>批量新建 %n 次活动</numerusform>
        </translation>
    </message>
    <message>
        <source>the session %1 of the series has attendance or speeches now</source>
        <translation>批量新建的活动 %1 已有考勤或发言记录，不能再撤销</translation>
    </message>
</context>
<context>
    <name>sl::SessionService</name>
    <message>
        <source>choose a study group</source>
        <translation>请选择学习组</translation>
    </message>
    <message>
        <source>the number %1 belongs to another session already (%2)</source>
        <translation>编号 %1 已属于另一次学习活动（%2）</translation>
    </message>
    <message>
        <source>the item is not in this group&apos;s plan for the year of the session</source>
        <translation>该事项不在本学习组该活动年度的学习计划中</translation>
    </message>
    <message>
        <source>no such member</source>
        <translation>没有这名党员</translation>
    </message>
    <message>
        <source>no such expert in the pool</source>
        <translation>专家库中没有这位专家</translation>
    </message>
    <message>
        <source>the session has %1 attendance records and %2 speeches; only a held session has them (remove them first)</source>
        <translation>该活动已有 %1 条考勤记录和 %2 次发言，只有已举行的活动才能有这些记录（请先删除）</translation>
    </message>
    <message>
        <source>no such session</source>
        <translation>没有这次学习活动</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>the group has 999 sessions on %1 already</source>
        <translation>该学习组在 %1 已有 999 次学习活动</translation>
    </message>
    <message>
        <source>no such plan item</source>
        <translation>没有这个计划事项</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read</source>
        <translation>%1 不是可读取的文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>no such material</source>
        <translation>没有这份材料</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is in the way</source>
        <translation>%1 已存在，无法恢复</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>sl::SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Three musts</source>
        <translation>三个必学习</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>计划项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Study group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>sl::SessionsView</name>
    <message>
        <source>Every form</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any trigger</source>
        <translation>全部（三个必学习）</translation>
    </message>
    <message>
        <source>+ &amp;New Session…</source>
        <translation>+ 新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation>编辑活动(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>删除活动(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;Series…</source>
        <translation>按规律批量新建(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>考勤(&amp;A)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>学习活动</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>No sessions in this period — + New Session (Ctrl+N), New Series…, or create one from an item of the study plan</source>
        <translation>本期间还没有学习活动 — 新建活动（Ctrl+N）、按规律批量新建，或从学习计划的项目新建</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>共 %n 次活动</numerusform>
        </translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>Choose a study group first.</source>
        <translation>请先选择学习组。</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete the session of %1 “%2” with its attendance, speeches and materials?</source>
        <translation>删除 %1 的活动“%2”及其考勤、发言和材料吗？</translation>
    </message>
    <message>
        <source>&amp;Print Sign-in Sheet…</source>
        <translation>打印签到表(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Sign-in Sheet as P&amp;DF…</source>
        <translation>将签到表导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Sign-in Sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>学习活动</translation>
    </message>
</context>
<context>
    <name>sl::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Rubric of the year</source>
        <translation>年度考核细则</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>sl::SheetStream</name>
    <message>
        <source>row %1 is beyond the last row of a sheet</source>
        <translation>第 %1 行超出了工作表的最大行数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell reference</source>
        <translation>“%1”不是单元格引用</translation>
    </message>
    <message>
        <source>a cell beyond the last column of a sheet</source>
        <translation>单元格超出了工作表的最大列数</translation>
    </message>
    <message>
        <source>the shared string %1 does not exist</source>
        <translation>共享字符串 %1 不存在</translation>
    </message>
    <message>
        <source>the cell holds the error value %1</source>
        <translation>单元格中是错误值 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>sl::SpeechCommand</name>
    <message>
        <source>Edit speech “%1”</source>
        <translation>修改发言“%1”</translation>
    </message>
    <message>
        <source>Add speech “%1”</source>
        <translation>添加发言“%1”</translation>
    </message>
    <message>
        <source>Remove speech “%1”</source>
        <translation>删除发言“%1”</translation>
    </message>
</context>
<context>
    <name>sl::SpeechService</name>
    <message>
        <source>no such session</source>
        <translation>没有这次学习活动</translation>
    </message>
    <message>
        <source>session %1 is %2; speeches are recorded at held sessions</source>
        <translation>学习活动 %1 的状态为“%2”；只有已举行的活动才能登记发言</translation>
    </message>
    <message>
        <source>choose a member</source>
        <translation>请选择党员</translation>
    </message>
    <message>
        <source>the member has a speech of this title at the session already</source>
        <translation>该党员在这次活动中已有同一标题的发言</translation>
    </message>
    <message>
        <source>no such speech</source>
        <translation>没有这次发言</translation>
    </message>
</context>
<context>
    <name>sl::SpeechesPanel</name>
    <message>
        <source>A&amp;dd speech</source>
        <translation>添加发言(&amp;D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Title of the speech</source>
        <translation>发言题目</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>交流发言</translation>
    </message>
    <message>
        <source>Remove the speech “%1”?</source>
        <translation>删除发言“%1”吗？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Speeches&lt;/b&gt;</source>
        <translation>&lt;b&gt;交流发言&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Give the chosen speech the member and title above</source>
        <translation>将所选发言改为上方的党员和题目</translation>
    </message>
</context>
<context>
    <name>sl::StudyGroupDialog</name>
    <message>
        <source>Study Group</source>
        <translation>学习组</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>党组织(&amp;O)：</translation>
    </message>
    <message>
        <source>New Study Group</source>
        <translation>新建学习组</translation>
    </message>
    <message>
        <source>Edit Study Group — %1</source>
        <translation>编辑学习组 — %1</translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation>（请选择党组织）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
</context>
<context>
    <name>sl::SubOrgTableModel</name>
    <message>
        <source>%1 (own level)</source>
        <translation>%1（本级）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Lagging: participation below 80 % or fewer than 60 % of the members meeting their hours target</source>
        <translation>落后：参学率低于 80%，或达到学时目标的党员不足 60%</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Held / planned</source>
        <translation>举行 / 计划</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>参学率</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Hours/member</source>
        <translation>人均学时</translation>
    </message>
    <message>
        <source>Meeting target</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>sl::TableBehaviour</name>
    <message>
        <source>Filter (names also by pinyin initials)</source>
        <translation>筛选（姓名也可按拼音首字母）</translation>
    </message>
</context>
<context>
    <name>sl::TableExportAction</name>
    <message>
        <source>E&amp;xport Visible Rows…</source>
        <translation>导出可见行(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Visible Rows</source>
        <translation>导出可见行</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sl::Transaction</name>
    <message>
        <source>an inner step failed; the change was rolled back</source>
        <translation>其中一步失败，本次更改已全部撤回</translation>
    </message>
</context>
<context>
    <name>sl::TransferDialog</name>
    <message>
        <source>Transfer Member</source>
        <translation>转出党员</translation>
    </message>
    <message>
        <source>The member moves to another organisation. Their places in study groups of the old organisation end on the day of the transfer; their records stay.</source>
        <translation>党员调入另一个党组织。其在原组织学习组中的成员资格于调动当日结束；其学习记录保留。</translation>
    </message>
    <message>
        <source>&amp;To organisation:</source>
        <translation>转入组织(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>转出 %1</translation>
    </message>
    <message>
        <source>(choose an organisation)</source>
        <translation>（请选择党组织）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is the member&apos;s own organisation</source>
        <translation>是该党员现在的组织</translation>
    </message>
    <message>
        <source>is required; type it like 2026-03-05</source>
        <translation>不能为空，格式如 2026-03-05</translation>
    </message>
</context>
<context>
    <name>sl::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>sl::WritingCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>New writing “%1”</source>
        <translation>新建心得“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>sl::WritingDialog</name>
    <message>
        <source>New writing</source>
        <translation>新建心得调研</translation>
    </message>
    <message>
        <source>Edit writing — %1</source>
        <translation>修改心得调研 — %1</translation>
    </message>
    <message>
        <source>Paste or type the text; or give only its length below</source>
        <translation>粘贴或输入正文；也可以只在下面填写字数</translation>
    </message>
    <message numerus="yes">
        <source>Text: %n character(s)</source>
        <translation>
            <numerusform>正文 %n 字</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 机关党建 2026年第3期, or the branch exchange</source>
        <translation>如 机关党建 2026年第3期，或支部交流</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Only a secretary or an administrator sets the appraisal result.</source>
        <translation>只有书记（秘书）或管理员可以设定评选结果。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>characters, when there is no text</source>
        <translation>没有正文时填写字数</translation>
    </message>
    <message>
        <source>Cannot save the writing</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard the changes to this writing?</source>
        <translation>放弃对这篇文章的修改吗？</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>正文(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>字数(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Published in</source>
        <translation>发表或交流于(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation>评选结果(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sl::WritingService</name>
    <message>
        <source>choose the member who wrote it</source>
        <translation>请选择作者</translation>
    </message>
    <message>
        <source>the member has a writing titled %1 already</source>
        <translation>该党员已有题为“%1”的文章</translation>
    </message>
    <message>
        <source>the writing no longer exists</source>
        <translation>这篇文章已不存在</translation>
    </message>
    <message>
        <source>only a secretary or an administrator sets the appraisal result</source>
        <translation>只有书记或管理员可以设置评选结果</translation>
    </message>
</context>
<context>
    <name>sl::WritingTableModel</name>
    <message>
        <source>Length as given</source>
        <translation>填写的字数</translation>
    </message>
    <message>
        <source>Counted from the text</source>
        <translation>按正文统计的字数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>发表或交流于</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>评选结果</translation>
    </message>
</context>
<context>
    <name>sl::WritingsView</name>
    <message>
        <source>Writings</source>
        <translation>心得与调研</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ 新建</translation>
    </message>
    <message>
        <source>&amp;New Writing…</source>
        <translation>新建心得调研(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Writing…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Writing…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>The writings cannot be read: %1</source>
        <translation>无法读取心得调研：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n writing(s), %2 unit(s)</source>
        <translation>
            <numerusform>%1共 %n 篇，计 %2 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a member above to see their writings.</source>
        <translation>请在上方选择党员，查看其心得与调研。</translation>
    </message>
    <message>
        <source>No writings in this period yet — click “+ New” to register a reflection, a research report or a theory article.</source>
        <translation>这段时间还没有心得调研 — 点击“+ 新建”登记心得体会、调研报告或理论文章。</translation>
    </message>
    <message>
        <source>Edit writing</source>
        <translation>修改心得调研</translation>
    </message>
    <message>
        <source>The writing no longer exists.</source>
        <translation>这篇文章已不存在。</translation>
    </message>
    <message>
        <source>Delete writing</source>
        <translation>删除心得调研</translation>
    </message>
    <message>
        <source>Delete the %1 “%2” of %3?</source>
        <translation>删除 %3 的%1“%2”吗？</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>published in %1</source>
        <translation>发表或交流于%1</translation>
    </message>
    <message>
        <source>appraisal: %1</source>
        <translation>评选结果：%1</translation>
    </message>
    <message>
        <source>Only the length is registered; the text is not in the ledger.</source>
        <translation>只登记了字数，台账中没有正文。</translation>
    </message>
</context>
<context>
    <name>sl::XlsxCells</name>
    <message>
        <source>%1 is not a date serial number</source>
        <translation>%1 不是日期序列号</translation>
    </message>
    <message>
        <source>the date serial 60 is 29 February 1900, a day that did not exist (a leap-year error of Excel&apos;s)</source>
        <translation>日期序列号 60 对应 1900 年 2 月 29 日，这一天并不存在（Excel 的闰年错误）</translation>
    </message>
    <message>
        <source>the date serial %1 is before 1 January 1900</source>
        <translation>日期序列号 %1 早于 1900 年 1 月 1 日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date</source>
        <translation>“%1”不是 ISO 格式的日期</translation>
    </message>
</context>
<context>
    <name>sl::XlsxFileWriter</name>
    <message>
        <source>the spreadsheet library could not start a workbook</source>
        <translation>电子表格库无法创建工作簿</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>an XLSX sheet holds at most 1,048,576 rows (the header included); export fewer rows or write a .csv</source>
        <translation>XLSX 工作表最多容纳 1,048,576 行（含表头）；请减少导出的行数，或导出为 .csv</translation>
    </message>
    <message>
        <source>row %1, column %2: a text of %3 characters does not fit in an XLSX cell (at most 32,767); write a .csv</source>
        <translation>第 %1 行第 %2 列：%3 个字符的文本超出 XLSX 单元格的容量（最多 32,767 个）；请导出为 .csv</translation>
    </message>
    <message>
        <source>cannot load libxlsxwriter (Debian package libxlsxwriter4): %1</source>
        <translation>无法加载 libxlsxwriter（Debian 软件包 libxlsxwriter4）：%1</translation>
    </message>
</context>
<context>
    <name>sl::XlsxPackage</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1：不是可读取的文件</translation>
    </message>
    <message>
        <source>not an XLSX workbook: the file is not a zip archive (or it is damaged or cut short)</source>
        <translation>不是 XLSX 工作簿：文件不是 zip 压缩包（或已损坏、不完整）</translation>
    </message>
    <message>
        <source>not an XLSX workbook: the part %1 is missing</source>
        <translation>不是 XLSX 工作簿：缺少部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is too large (%2 MB unpacked; at most %3 MB are read)</source>
        <translation>部件 %1 过大（解压后 %2 MB；最多读取 %3 MB）</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation>部件 %1 无法解压</translation>
    </message>
    <message>
        <source>the part %1 is too large (more than %2 MB unpacked)</source>
        <translation>部件 %1 过大（解压后超过 %2 MB）</translation>
    </message>
    <message>
        <source>the part %1 is damaged (the file may be cut short)</source>
        <translation>部件 %1 已损坏（文件可能不完整）</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML: line %2: %3</source>
        <translation>部件 %1 不是格式正确的 XML：第 %2 行：%3</translation>
    </message>
    <message>
        <source>a DTD is not accepted in a workbook</source>
        <translation>工作簿中不接受 DTD</translation>
    </message>
</context>
<context>
    <name>sl::XlsxWorkbook</name>
    <message>
        <source>not an XLSX workbook: it has no workbook part (%1)</source>
        <translation>不是 XLSX 工作簿：没有工作簿部件（%1）</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook&apos;s first sheet (%1) has no worksheet part</source>
        <translation>工作簿的第一个工作表（%1）没有工作表部件</translation>
    </message>
</context>
<context>
    <name>sl::YearSpinBox</name>
    <message>
        <source> (year)</source>
        <translation> 年度</translation>
    </message>
</context>
<context>
    <name>sl::rules</name>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>is longer than 32 characters</source>
        <translation>超过 32 个字符</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <source>an organisation cannot be its own parent</source>
        <translation>党组织不能是自己的上级</translation>
    </message>
    <message>
        <source>lies in the future</source>
        <translation>晚于今天</translation>
    </message>
    <message>
        <source>is before the member&apos;s 18th birthday</source>
        <translation>早于该党员年满18周岁的日期</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, + and - (20 at most)</source>
        <translation>只能包含数字、空格、+ 和 -（最多 20 个字符）</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>早于起始日期</translation>
    </message>
    <message>
        <source>lies in the future (today is %1)</source>
        <translation>晚于今天（今天是 %1）</translation>
    </message>
    <message>
        <source>must be from %1 to %2 minutes, not %3</source>
        <translation>必须在 %1 到 %2 分钟之间，而不是 %3</translation>
    </message>
    <message>
        <source>must be from 0 to %1 characters, not %2</source>
        <translation>必须在 0 到 %1 字之间，而不是 %2</translation>
    </message>
    <message>
        <source>give the length (字数/chars) or the text (正文/text) of the writing</source>
        <translation>请填写文章的字数或正文</translation>
    </message>
    <message>
        <source>must be a year from %1 to %2, not %3</source>
        <translation>必须是 %1 到 %2 之间的年份，而不是 %3</translation>
    </message>
    <message>
        <source>must be a number from 1, not %1</source>
        <translation>必须是从 1 开始的数字，而不是 %1</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12, not %1</source>
        <translation>必须是 1 到 12 之间的月份，而不是 %1</translation>
    </message>
    <message>
        <source>is either a member or an expert from the pool, not both</source>
        <translation>只能是党员或专家库中的专家之一，不能两者都填</translation>
    </message>
    <message>
        <source>is required when the status is 请假 (excused)</source>
        <translation>状态为请假时必须填写</translation>
    </message>
    <message>
        <source>only a 请假 (excused) or 缺席 (absent) record has a make-up date, not %1</source>
        <translation>只有请假或缺席的记录才有补学日期，“%1”没有</translation>
    </message>
    <message>
        <source>only a 请假 (excused) or 缺席 (absent) record has a make-up note, not %1</source>
        <translation>只有请假或缺席的记录才有补学说明，“%1”没有</translation>
    </message>
    <message>
        <source>%1 is before the session (%2)</source>
        <translation>%1 早于学习活动日期（%2）</translation>
    </message>
    <message>
        <source>choose an organisation</source>
        <translation>请选择党组织</translation>
    </message>
    <message>
        <source>cannot change from %1 to %2 (申报 → 认定 or 撤销, 认定 → 撤销)</source>
        <translation>不能从“%1”改为“%2”（只能 申报 → 认定或撤销，认定 → 撤销）</translation>
    </message>
    <message>
        <source>contains an invisible or control character (U+%1 at position %2); type it again</source>
        <translation>含有不可见字符或控制字符（第 %2 位的 U+%1）；请重新输入</translation>
    </message>
    <message>
        <source>must be one line, without tabs (%1 at character %2)</source>
        <translation>必须为单行，不能含制表符（第 %2 个字符处的 %1）</translation>
    </message>
    <message>
        <source>must not contain control characters (%1 at character %2)</source>
        <translation>不能含控制字符（第 %2 个字符处的 %1）</translation>
    </message>
    <message>
        <source>must not contain &lt; or &gt; (character %1)</source>
        <translation>不能含 &lt; 或 &gt;（第 %1 个字符）</translation>
    </message>
</context>
</TS>
