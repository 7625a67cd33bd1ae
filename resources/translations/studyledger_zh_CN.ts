<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>no %1 with number or name %2</source>
        <translation>没有编号或名称为“%2”的%1</translation>
    </message>
    <message>
        <source>must lie between %1 and %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>the database is not empty</source>
        <translation>数据库不是空的</translation>
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
</context>
<context>
    <name>sl::ImportSession</name>
    <message>
        <source>%1 appears on line %2 already</source>
        <translation>%1 已在第 %2 行出现</translation>
    </message>
</context>
<context>
    <name>sl::MainWindow</name>
    <message>
        <source>StudyLedger databases (*.sqlite *.db);;All files (*)</source>
        <translation>学习台账数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Organisations and members</source>
        <translation>组织与党员</translation>
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
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
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
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language changes when StudyLedger starts again.</source>
        <translation>重新启动学习台账后生效。</translation>
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
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose a file other than the database.</source>
        <translation>请选择数据库以外的文件。</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>备份失败：
%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Check Database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The database is intact: the integrity and foreign-key checks passed.</source>
        <translation>数据库完好：完整性检查和外键检查均已通过。</translation>
    </message>
    <message>
        <source>The database has problems:
%1</source>
        <translation>数据库有问题：
%1</translation>
    </message>
    <message>
        <source>About StudyLedger</source>
        <translation>关于学习台账</translation>
    </message>
    <message>
        <source>StudyLedger %1

The ledger of the study work of Party organisations: plans, sessions, attendance, self-study, assessment and bulletins.</source>
        <translation>学习台账 %1

党组织学习工作台账：学习计划、学习活动、考勤、个人自学、学习考核与学习通报。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>共 %Ln 名党员</numerusform>
        </translation>
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
        <source>is not a date; type it like 2026-03-05</source>
        <translation>不是有效日期，请按 2026-03-05 的格式填写</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
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
        <source>Delete member</source>
        <translation>删除党员</translation>
    </message>
    <message>
        <source>Delete %1 (number %2)? Their group memberships, attendance, self-study and writings are deleted with them.</source>
        <translation>删除%1（编号 %2）吗？其学习组成员身份、考勤、个人自学和心得调研记录将一并删除。</translation>
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
</context>
</TS>
