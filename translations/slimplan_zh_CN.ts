<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Plans the slimming of government apps, public accounts and work groups.</source>
        <translation>规划政务应用程序、政务公众账号和网络工作群组的瘦身整合。</translation>
    </message>
    <message>
        <source>Open the embedded demo region.</source>
        <translation>打开内置的示例地区。</translation>
    </message>
    <message>
        <source>A .slimplan project, or ledgers to import.</source>
        <translation>一个 .slimplan 项目文件，或要导入的台账文件。</translation>
    </message>
    <message>
        <source>Save screenshots to DIR once loaded, then quit.</source>
        <translation>载入后将截图保存到 DIR，然后退出。</translation>
    </message>
</context>
<context>
    <name>slimplan::BulkDecisionDialog</name>
    <message>
        <source>Set Action for Selection</source>
        <translation>为所选项设置处置</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected item(s)</source>
        <translation>
            <numerusform>所选的 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) the filter shows</source>
        <translation>
            <numerusform>筛选结果中的全部 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>处置(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Why these items get this action, for the report</source>
        <translation>这些项目为何采取此处置（将写入方案）</translation>
    </message>
    <message>
        <source>No items to decide on: select rows in the table, or choose the rows the filter shows.</source>
        <translation>没有可处置的项目：请在表格中选择行，或选择筛选结果中的全部行。</translation>
    </message>
    <message>
        <source>Merge and migrate need a target: the item or platform the items go into.</source>
        <translation>合并和迁移需要目标：这些项目并入或迁移到的项目或平台。</translation>
    </message>
    <message>
        <source>The target is one of these items: an item cannot merge or migrate into itself.</source>
        <translation>目标是这些项目之一：项目不能合并或迁移到自身。</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写理由。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Action for &amp;Selection…</source>
        <translation>为所选项设置处置(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;vert Selection to Recommendation</source>
        <translation>所选项恢复系统建议(&amp;V)</translation>
    </message>
</context>
<context>
    <name>slimplan::BulkOverrideCommand</name>
    <message numerus="yes">
        <source>Revert %n item(s) to the recommendation</source>
        <translation>
            <numerusform>将 %n 项恢复为建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>将 %n 项设为“%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slimplan::ChartFile</name>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save chart as PNG or PDF…</source>
        <translation>将图表另存为 PNG 或 PDF…</translation>
    </message>
</context>
<context>
    <name>slimplan::ChartsPanel</name>
    <message>
        <source>Before and after, by kind</source>
        <translation>瘦身前后对比（按类型）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>瘦身前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>瘦身后</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Before and after, by level</source>
        <translation>瘦身前后对比（按层级）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Owners with the most items</source>
        <translation>条目最多的主办单位</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无主办单位）</translation>
    </message>
    <message>
        <source>Reduction: this plan and Sichuan&apos;s published figures</source>
        <translation>压减比例：本方案与四川公布数据对比</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>本方案</translation>
    </message>
    <message>
        <source>Sichuan 2024–2025</source>
        <translation>四川 2024–2025</translation>
    </message>
    <message>
        <source>Reduction (%)</source>
        <translation>压减比例（%）</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareCharts</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Planned reduction by kind, per region</source>
        <translation>各地区分类型计划压减比例</translation>
    </message>
    <message>
        <source>Sichuan %1</source>
        <translation>四川 %1</translation>
    </message>
    <message>
        <source>Sichuan 2024–2025 (line to beat)</source>
        <translation>四川 2024–2025（对标线）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Reduction (%)</source>
        <translation>压减比例（%）</translation>
    </message>
    <message>
        <source>Regions ranked by total reduction</source>
        <translation>各地区总压减比例排名</translation>
    </message>
    <message>
        <source>Beats Sichuan&apos;s %1</source>
        <translation>优于四川 %1</translation>
    </message>
    <message>
        <source>Below it</source>
        <translation>未达四川水平</translation>
    </message>
    <message>
        <source>Total reduction (%)</source>
        <translation>总压减比例（%）</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareLoader</name>
    <message>
        <source>Splitting the regions</source>
        <translation>正在按地区拆分</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>the project holds no items</source>
        <translation>项目中没有条目</translation>
    </message>
    <message>
        <source>Planning %1</source>
        <translation>正在规划 %1</translation>
    </message>
    <message>
        <source>Reading snapshot %1</source>
        <translation>正在读取快照 %1</translation>
    </message>
    <message>
        <source>Planning the baseline</source>
        <translation>正在规划基线</translation>
    </message>
    <message>
        <source>Comparing the snapshots</source>
        <translation>正在比对快照</translation>
    </message>
    <message>
        <source>No item could be imported.</source>
        <translation>没有可导入的条目。</translation>
    </message>
    <message>
        <source>Could not select the snapshot.</source>
        <translation>无法选择该快照。</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n leaving item(s) have no known cost: the saving is a lower bound.</source>
        <translation>
            <numerusform>%n 个退出条目的费用未知：节约金额为下限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>层级未知</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Reduction: %1</source>
        <translation>压减：%1</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>压减</translation>
    </message>
    <message>
        <source>Cost saved (10k CNY/yr)</source>
        <translation>每年节约经费（万元）</translation>
    </message>
    <message>
        <source>Data items before</source>
        <translation>瘦身前填报事项</translation>
    </message>
    <message>
        <source>Data items after</source>
        <translation>瘦身后填报事项</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareWindow</name>
    <message>
        <source>Compare Regions and Progress — SlimPlan</source>
        <translation>地区比较与进展 — 政务应用瘦身规划</translation>
    </message>
    <message>
        <source>Add Projects…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <source>Add the regions of other project files (.slimplan); you may also drop them here.</source>
        <translation>添加其他项目文件（.slimplan）中的地区；也可将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected regions from the comparison</source>
        <translation>从比较中移除所选地区</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Include the open project</source>
        <translation>包含当前打开的项目</translation>
    </message>
    <message>
        <source>Save Chart by Kind…</source>
        <translation>保存分类型图表…</translation>
    </message>
    <message>
        <source>Save Ranking Chart…</source>
        <translation>保存排名图表…</translation>
    </message>
    <message>
        <source>Import as Snapshot…</source>
        <translation>作为快照导入…</translation>
    </message>
    <message>
        <source>Compare regions</source>
        <translation>地区比较</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>进展跟踪</translation>
    </message>
    <message>
        <source>Add project files to compare (Ctrl+O) or drop them here.</source>
        <translation>添加要比较的项目文件（Ctrl+O），或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Comparing the open project</source>
        <translation>正在比较当前项目</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n project(s)</source>
        <translation>
            <numerusform>正在读取 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the snapshots</source>
        <translation>正在读取快照</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) compared.</source>
        <translation>
            <numerusform>已比较 %n 个地区。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Projects to Compare</source>
        <translation>添加要比较的项目</translation>
    </message>
    <message>
        <source>SlimPlan projects (*.slimplan);;All files (*)</source>
        <translation>瘦身规划项目 (*.slimplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Please wait for the running task to finish.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <source>Importing snapshot %1</source>
        <translation>正在导入快照 %1</translation>
    </message>
    <message>
        <source>Imported the snapshot &quot;%1&quot;.</source>
        <translation>已导入快照“%1”。</translation>
    </message>
    <message>
        <source>Save the plan as a project first (File → Save As…).</source>
        <translation>请先将方案保存为项目（文件 → 另存为…）。</translation>
    </message>
    <message>
        <source>Import as Snapshot</source>
        <translation>作为快照导入</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>台账文件 (*.xlsx *.csv *.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Label of the snapshot (the moment of the ledger):</source>
        <translation>快照标签（台账所处的时点）：</translation>
    </message>
    <message>
        <source>Only project files (.slimplan) can be compared: import ledgers into a project first.</source>
        <translation>只能比较项目文件（.slimplan）：请先将台账导入项目。</translation>
    </message>
</context>
<context>
    <name>slimplan::Confidence</name>
    <message>
        <source>owning unit</source>
        <translation>主管单位</translation>
    </message>
    <message>
        <source>level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>功能清单</translation>
    </message>
    <message>
        <source>last active date</source>
        <translation>最近活跃日期</translation>
    </message>
    <message>
        <source>posts in 90 days</source>
        <translation>近90天发文数</translation>
    </message>
    <message>
        <source>monthly active users</source>
        <translation>月活跃用户数</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shared function(s)</source>
        <translation>
            <numerusform>共有功能%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared data item(s)</source>
        <translation>
            <numerusform>共有数据项%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared member(s)</source>
        <translation>
            <numerusform>共有成员%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>overlap rests on names only</source>
        <translation>重合仅凭名称相似，需核实</translation>
    </message>
    <message>
        <source>overlap rests on %1</source>
        <translation>重合依据：%1</translation>
    </message>
    <message>
        <source>Confidence %1, completeness %2%</source>
        <translation>置信度 %1，信息完整度 %2%</translation>
    </message>
</context>
<context>
    <name>slimplan::CsvExport</name>
    <message>
        <source>Writing the CSV failed: %1</source>
        <translation>写入 CSV 失败：%1</translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation>正在写入 CSV</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>slimplan::CsvReader</name>
    <message>
        <source>The file starts with a UTF-8 byte-order mark but is not UTF-8; read as %1</source>
        <translation>文件以 UTF-8 字节顺序标记开头，但内容不是 UTF-8；已按 %1 读取</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”</source>
        <translation>未知编码“%1”</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data); save the ledger as .xlsx or .csv (UTF-8) and import again</source>
        <translation>这不是文本文件（含有二进制数据）；请将台账另存为 .xlsx 或 .csv（UTF-8）后重新导入</translation>
    </message>
    <message>
        <source>NUL characters removed from the cell</source>
        <translation>已删除单元格中的空字符（NUL）</translation>
    </message>
    <message>
        <source>Some bytes of this cell are not valid %1; they were replaced by �</source>
        <translation>该单元格的部分字节不是有效的 %1 编码，已替换为 �</translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed</source>
        <translation>第 %1 行：此处的引号没有闭合</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters</source>
        <translation>第 %1 行：字段长度超过 %2 个字符</translation>
    </message>
    <message>
        <source>Line %1: more than %2 cells in one row</source>
        <translation>第 %1 行：一行中的单元格超过 %2 个</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is longer than %2 characters; is its closing quote missing?</source>
        <translation>第 %1 行：引号内的字段超过 %2 个字符，是否缺少闭合引号？</translation>
    </message>
</context>
<context>
    <name>slimplan::DecisionLogModel</name>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>恢复建议</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>并入%1</translation>
    </message>
    <message>
        <source>Migrate to %1</source>
        <translation>迁移至%1</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>基线方案</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>调整人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原处置 → 新处置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景方案</translation>
    </message>
</context>
<context>
    <name>slimplan::DecisionLogPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%2 条中的 %1 条</translation>
    </message>
    <message>
        <source>Filter by item, who, action or reason</source>
        <translation>按对象、调整人、处置或理由筛选</translation>
    </message>
</context>
<context>
    <name>slimplan::DetailPane</name>
    <message>
        <source>Select an item to see its details.</source>
        <translation>选择一个条目以查看详情。</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>由 %1 于 %2 采纳</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2 (recommended: %3). Reason: %4</source>
        <translation>由 %1 于 %2 人工调整（原建议：%3）。理由：%4</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>主要功能</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>填报事项</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Posts in 90 days</source>
        <translation>近90天发文数</translation>
    </message>
    <message>
        <source>Annual cost (10k CNY)</source>
        <translation>年运维费用（万元）</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>上线时间</translation>
    </message>
    <message>
        <source>Filing no.</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>not filed</source>
        <translation>未备案</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>功能标记</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No rule applies.</source>
        <translation>未触及任何规则。</translation>
    </message>
    <message>
        <source>Overlaps with</source>
        <translation>功能重合的条目</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported at (%n)</source>
        <translation>
            <numerusform>报送位置（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Not imported from a file (entered by hand or made by the demo).</source>
        <translation>非文件导入（手工录入或演示数据生成）。</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>置信度 %1%</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>依据条款</translation>
    </message>
    <message numerus="yes">
        <source>Family (%n members)</source>
        <translation>
            <numerusform>家族（%n 个成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is the survivor: the others fold into it.</source>
        <translation>本条目为保留项：其他成员并入本条目。</translation>
    </message>
    <message>
        <source>Survivor:</source>
        <translation>保留项：</translation>
    </message>
    <message>
        <source>Other members:</source>
        <translation>其他成员：</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>决策记录</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>No decision recorded: the recommendation stands.</source>
        <translation>尚无决策记录：按建议执行。</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>调整记录</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>并入%1</translation>
    </message>
    <message>
        <source>Migrate to %1</source>
        <translation>迁移至%1</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>恢复建议</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>方案：%1</translation>
    </message>
</context>
<context>
    <name>slimplan::DiffEntryModel</name>
    <message>
        <source>In the baseline as %1</source>
        <translation>在基线中的编号为 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>基线方案</translation>
    </message>
</context>
<context>
    <name>slimplan::Document</name>
    <message>
        <source>The project has no file yet.</source>
        <translation>项目尚未保存为文件。</translation>
    </message>
    <message>
        <source>The decision could not be written to %1, so it was not made: %2</source>
        <translation>该处置无法写入 %1，因此未生效：%2</translation>
    </message>
    <message>
        <source>%1 was saved but cannot be opened again: %2</source>
        <translation>%1 已保存，但无法重新打开：%2</translation>
    </message>
    <message>
        <source>Scenarios live in a project file: save the project first.</source>
        <translation>方案保存在项目文件中：请先保存项目。</translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; could not be planned.</source>
        <translation>无法按方案“%1”生成规划。</translation>
    </message>
    <message>
        <source>Only a named scenario of a saved project can be promoted.</source>
        <translation>只有已保存项目中的命名方案才能升为正式方案。</translation>
    </message>
</context>
<context>
    <name>slimplan::DocxWriter</name>
    <message>
        <source>cannot create the document</source>
        <translation>无法创建文档</translation>
    </message>
    <message>
        <source>cannot write the document</source>
        <translation>无法写入文档</translation>
    </message>
</context>
<context>
    <name>slimplan::FamilyModel</name>
    <message numerus="yes">
        <source>The cost of %n leaving item(s) is unknown: the saving is at least this much.</source>
        <translation>
            <numerusform>%n 个退出条目的费用未知：实际节省不少于此数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3) keeps; %n item(s) fold into it</source>
        <translation>
            <numerusform>保留 %1（%2，%3）；%n 个条目并入</numerusform>
        </translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>保留项</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Folded in</source>
        <translation>并入数</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>节省（万元/年）</translation>
    </message>
    <message>
        <source>The item the family keeps</source>
        <translation>家族保留的条目</translation>
    </message>
    <message>
        <source>Items in the family, the survivor included</source>
        <translation>家族中的条目数（含保留项）</translation>
    </message>
    <message>
        <source>Items that merge or migrate into the survivor</source>
        <translation>合并或迁移到保留项的条目数</translation>
    </message>
    <message>
        <source>Yearly cost of the items that leave, in 10,000 CNY</source>
        <translation>退出条目的年度费用（万元）</translation>
    </message>
</context>
<context>
    <name>slimplan::FieldMap</name>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>slimplan::FileController</name>
    <message>
        <source>SlimPlan</source>
        <translation>政务应用瘦身规划</translation>
    </message>
    <message>
        <source>%1 items imported from %2 rows; %3 errors, %4 warnings.</source>
        <translation>从 %2 行中导入 %1 个条目；%3 个错误，%4 个警告。</translation>
    </message>
    <message numerus="yes">
        <source>%n items loaded.</source>
        <translation>
            <numerusform>已载入 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Please wait for the running task to finish.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Opening the demo region</source>
        <translation>正在打开示例地区</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>SlimPlan projects (*.slimplan);;All files (*)</source>
        <translation>瘦身规划项目 (*.slimplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>SlimPlan projects (*.slimplan)</source>
        <translation>瘦身规划项目 (*.slimplan)</translation>
    </message>
    <message>
        <source>The plan has decisions that are not saved in a project. Save them?</source>
        <translation>方案中有尚未保存到项目的处置决定。是否保存？</translation>
    </message>
    <message>
        <source>Export Plan as PDF</source>
        <translation>将方案导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing PDF</source>
        <translation>正在生成 PDF</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export Plan as Excel</source>
        <translation>将方案导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing Excel workbook</source>
        <translation>正在写入 Excel 工作簿</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>正在规划</translation>
    </message>
    <message>
        <source>Finding overlaps</source>
        <translation>正在查找功能重合</translation>
    </message>
    <message>
        <source>Recovering unsaved work</source>
        <translation>正在恢复未保存的工作</translation>
    </message>
    <message>
        <source>Recovered the unsaved work; save it to keep it.</source>
        <translation>已恢复未保存的工作；请保存以便保留。</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>正在保存 %1</translation>
    </message>
    <message>
        <source>Saving failed.</source>
        <translation>保存失败。</translation>
    </message>
    <message>
        <source>Saving was cancelled; the file is unchanged.</source>
        <translation>保存已取消；文件未改变。</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet (a re-plan or another policy profile). Save them?</source>
        <translation>%1 有尚未保存的更改（重新规划或更换了政策配置）。是否保存？</translation>
    </message>
    <message>
        <source>Export Plan as CSV</source>
        <translation>将规划导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation>正在写入 CSV</translation>
    </message>
    <message>
        <source>%1 items imported from %2 rows (%3 rows folded into items reported earlier); %4 errors, %5 warnings.</source>
        <translation>从 %2 行中导入 %1 个条目（其中 %3 行并入先前报送的条目）；%4 个错误，%5 个警告。</translation>
    </message>
    <message>
        <source>Import Folder of Returns</source>
        <translation>导入报送表文件夹</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>正在导入到 %1</translation>
    </message>
</context>
<context>
    <name>slimplan::FontSettingsDialog</name>
    <message>
        <source>Title (%1):</source>
        <translation>标题（%1）：</translation>
    </message>
    <message>
        <source>Body (%1):</source>
        <translation>正文（%1）：</translation>
    </message>
    <message>
        <source>Second-level headings (%1):</source>
        <translation>二级标题（%1）：</translation>
    </message>
    <message>
        <source>First-level headings (%1):</source>
        <translation>一级标题（%1）：</translation>
    </message>
    <message>
        <source>Page numbers and tables (%1):</source>
        <translation>页码和表格（%1）：</translation>
    </message>
    <message>
        <source>Document Fonts</source>
        <translation>公文字体</translation>
    </message>
    <message>
        <source>Official documents use the official fonts when they are installed. Otherwise a font from a Debian package stands in; every font must pass the text-extraction check (用/身/方 searchable in the PDF).</source>
        <translation>公文优先使用已安装的标准字体；未安装时改用 Debian 软件包中的字体代替。所用字体均须通过文字提取检查（PDF 中的“用/身/方”可被搜索）。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Uses %1 in place of %2.</source>
        <translation>以 %1 代替 %2。</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>使用 %1。</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>已拒用：%1。</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>警告：%1。</translation>
    </message>
</context>
<context>
    <name>slimplan::Generator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>slimplan::GraphView</name>
    <message>
        <source>%1 overlaps with no other item</source>
        <translation>%1 与其他条目没有功能重合</translation>
    </message>
    <message>
        <source>No merge families here. Select an item to see what it overlaps with.</source>
        <translation>此处没有合并家族。选择一个条目可查看与其功能重合的条目。</translation>
    </message>
    <message>
        <source>Open a region to see its merge families here.</source>
        <translation>打开一个地区后，这里显示其合并家族。</translation>
    </message>
    <message>
        <source>Select a family in the list or an item in the table to see its overlaps.</source>
        <translation>在列表中选择一个家族，或在表格中选择一个条目，即可查看重合关系。</translation>
    </message>
    <message numerus="yes">
        <source>Family of %1: %n items</source>
        <translation>
            <numerusform>%1 所在家族：%n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fold into it</source>
        <translation>
            <numerusform>%n 个并入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n closest shown</source>
        <translation>
            <numerusform>显示最接近的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and the %n item(s) it overlaps with</source>
        <translation>
            <numerusform>%1 及与其功能重合的 %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slimplan::ImportFilesModel</name>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>no items reported</source>
        <translation>未报送条目（本单位无）</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Folded</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>slimplan::ImportWizard</name>
    <message>
        <source>%1 rows read, %2 items can be imported; %3 errors, %4 warnings.</source>
        <translation>已读取 %1 行，可导入 %2 个条目；%3 个错误，%4 个警告。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <source>Choose Ledgers</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <source>Add at least one ledger file.</source>
        <translation>请至少添加一个台账文件。</translation>
    </message>
    <message>
        <source>(keep as extra attribute)</source>
        <translation>（作为附加属性保留）</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>Encoding: %1. </source>
        <translation>编码：%1。</translation>
    </message>
    <message>
        <source>No header row recognised. </source>
        <translation>未识别到表头行。</translation>
    </message>
    <message>
        <source>Missing required columns: %1</source>
        <translation>缺少必填列：%1</translation>
    </message>
    <message>
        <source>Reading the ledgers…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <source>Import Ledgers</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Choose the ledger files</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <source>Check how the columns were read</source>
        <translation>核对各列的识别结果</translation>
    </message>
    <message>
        <source>The header row is highlighted. Map unknown columns by hand on the right.</source>
        <translation>表头行已高亮显示。请在右侧为未识别的列手动指定字段。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Rows with errors are left out. Click Import to keep the good rows, or Cancel to change nothing.</source>
        <translation>有错误的行不会导入。点击“导入”保留正确的行，或点击“取消”不做任何更改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>台账文件 (*.xlsx *.xls *.ods *.csv *.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a Folder of Returns</source>
        <translation>选择报送表文件夹</translation>
    </message>
    <message>
        <source>Issues of all files:</source>
        <translation>所有文件的问题：</translation>
    </message>
    <message>
        <source>Issues of %1:</source>
        <translation>%1 的问题：</translation>
    </message>
    <message numerus="yes">
        <source>%n files: </source>
        <translation>
            <numerusform>%n 个文件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows reported an item already reported in another row or return and were folded into it.</source>
        <translation>
            <numerusform>有 %n 行报送的条目已在其他行或报送表中报送，已并入该条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other files in the folder were skipped.</source>
        <translation>
            <numerusform>已跳过文件夹中的其他 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files in the folder were skipped (not ledgers): %1</source>
        <translation>
            <numerusform>已跳过文件夹中的 %n 个文件（不是台账）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are imported into a new project.</source>
        <translation>Excel 工作簿、CSV/TSV 或 JSON 文件，或报送表文件夹，将导入到新项目中。</translation>
    </message>
    <message>
        <source>Files (select one to see only its issues):</source>
        <translation>文件（选择一个以只查看其问题）：</translation>
    </message>
    <message>
        <source>Show All Issues</source>
        <translation>显示全部问题</translation>
    </message>
    <message>
        <source>Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are added to %1.</source>
        <translation>Excel 工作簿、CSV/TSV 或 JSON 文件，或回收文件夹；将加入 %1。</translation>
    </message>
    <message>
        <source>Add to the open project %1 (its items are updated by identity; items a unit no longer lists are marked, never deleted)</source>
        <translation>加入当前项目 %1（按标识更新事项；单位不再列出的事项只做标记，不会删除）</translation>
    </message>
    <message>
        <source>What the returns change</source>
        <translation>回收带来的变化</translation>
    </message>
    <message>
        <source>Per unit: new, changed, unchanged and no longer listed items. Expand a unit to see each change. Click Import to apply them, or Cancel to change nothing.</source>
        <translation>按单位列出新增、变更、未变和不再列出的事项。展开单位可查看每项变化。点击“导入”应用，或点击“取消”不做任何更改。</translation>
    </message>
</context>
<context>
    <name>slimplan::Importer</name>
    <message>
        <source>save it as .xlsx or .csv (UTF-8) and import again</source>
        <translation>请另存为 .xlsx 或 .csv（UTF-8）后重新导入</translation>
    </message>
    <message>
        <source>Required column “kind” is missing (accepted headers: %1), and neither the sheet nor the file name says the kind; file not imported</source>
        <translation>缺少必填列“类型”（可用的表头：%1），工作表名和文件名也未表明类型；文件未导入</translation>
    </message>
    <message>
        <source>Required column “%1” is missing (accepted headers: %2); file not imported</source>
        <translation>缺少必填列“%1”（可用的表头：%2）；文件未导入</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Reading %1, sheet %2</source>
        <translation>正在读取 %1 的工作表 %2</translation>
    </message>
    <message>
        <source>Unknown field “%1” in the manual column mapping; ignored</source>
        <translation>手动列映射中的字段“%1”未知，已忽略</translation>
    </message>
    <message>
        <source>A second column for “%1”; kept as an extra attribute</source>
        <translation>“%1”出现第二列，已作为附加属性保留</translation>
    </message>
    <message>
        <source>Unknown column; kept as an extra attribute</source>
        <translation>未知列，已作为附加属性保留</translation>
    </message>
    <message>
        <source>Duplicate id “%1” (first used at %2); row not imported</source>
        <translation>编号“%1”重复（首次出现于 %2）；该行未导入</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the total row were not imported</source>
        <translation>
            <numerusform>合计行以下的 %n 行未导入</numerusform>
        </translation>
    </message>
    <message>
        <source>No header row in the first %1 rows: the header needs a name column (名称, 应用名称, …) and at least one other known column; file not imported</source>
        <translation>前 %1 行中没有表头行：表头须包含名称列（名称、应用名称……）和至少一个其他可识别的列；文件未导入</translation>
    </message>
    <message>
        <source>The file is empty; file not imported</source>
        <translation>文件为空；文件未导入</translation>
    </message>
    <message>
        <source>Sheet skipped: no header row with a name column</source>
        <translation>已跳过该工作表：没有包含名称列的表头行</translation>
    </message>
    <message>
        <source>The file has no data rows; file not imported</source>
        <translation>文件没有数据行；文件未导入</translation>
    </message>
    <message>
        <source>No row of the file could be imported; file not imported</source>
        <translation>文件中没有可导入的行；文件未导入</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>This is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a text file, despite its name; rename it to .xlsx, or %1</source>
        <translation>尽管扩展名如此，这其实是 Excel 工作簿而非文本文件；请将其重命名为 .xlsx，或%1</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook despite its name; %1</source>
        <translation>尽管扩展名为 .xlsx，这并不是 .xlsx 工作簿；%1</translation>
    </message>
    <message>
        <source>The .%1 format cannot be read; %2</source>
        <translation>无法读取 .%1 格式；%2</translation>
    </message>
    <message>
        <source>Unsupported file type .%1; %2</source>
        <translation>不支持的文件类型 .%1；%2</translation>
    </message>
    <message>
        <source>No header row found: map the columns by hand</source>
        <translation>未找到表头行：请手动指定各列</translation>
    </message>
    <message>
        <source>Required column “owner” is missing (accepted headers: %1), and no 填报单位：… line above the header names the unit; file not imported</source>
        <translation>缺少必填列“主办单位”（可用的表头：%1），表头上方也没有写明单位的“填报单位：…”行；文件未导入</translation>
    </message>
    <message>
        <source>the same 备案编号 %1</source>
        <translation>备案编号 %1 相同</translation>
    </message>
    <message>
        <source>the same id %1</source>
        <translation>编号 %1 相同</translation>
    </message>
    <message>
        <source>the same kind, owner, name and platform</source>
        <translation>类型、主办单位、名称和平台相同</translation>
    </message>
    <message>
        <source>Reported already at %1 (%2): folded into “%3”, this row kept as a further source</source>
        <translation>已在 %1（%2）报送：已并入“%3”，此行作为另一来源保留</translation>
    </message>
    <message>
        <source>No items reported: the return says the unit has none</source>
        <translation>未报送条目：报送表注明本单位无此类条目</translation>
    </message>
    <message>
        <source>This is a WPS Spreadsheets (.et) file; in WPS use 另存为 (Save As) and choose .xlsx or .xls, then import that file</source>
        <translation>这是 WPS 表格（.et）文件；请在 WPS 中使用“另存为”，选择 .xlsx 或 .xls 格式，然后导入该文件</translation>
    </message>
    <message>
        <source>Not a ledger file (.xlsx, .xls, .ods, .csv, .json); skipped</source>
        <translation>不是台账文件（.xlsx、.xls、.ods、.csv、.json）；已跳过</translation>
    </message>
    <message>
        <source>The folder holds no ledger file</source>
        <translation>该文件夹中没有台账文件</translation>
    </message>
</context>
<context>
    <name>slimplan::InventoryPage</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部处置</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 / %2 个条目</translation>
    </message>
    <message>
        <source>Search name, owner or ID (Ctrl+F)</source>
        <translation>搜索名称、主办单位或编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Any change (not keep)</source>
        <translation>有处置（非保留）</translation>
    </message>
    <message>
        <source>Leaving the count (merge, migrate, shut down)</source>
        <translation>不再计数（合并、迁移、关停）</translation>
    </message>
    <message>
        <source>Staying (keep, rectify)</source>
        <translation>继续存在（保留、整改）</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>把握不足</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>数据缺失</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>取消此筛选</translation>
    </message>
    <message>
        <source>Needs chec&amp;king</source>
        <translation>需核实(&amp;K)</translation>
    </message>
    <message>
        <source>Only items missing facts the rules read, or recommended with low confidence and not yet decided</source>
        <translation>仅显示缺少规则所需信息、或建议置信度较低且尚未确认的事项</translation>
    </message>
</context>
<context>
    <name>slimplan::ItemTableModel</name>
    <message>
        <source>Overridden</source>
        <translation>已人工调整</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已采纳</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Annual cost (10k CNY)</source>
        <translation>年运维费用（万元）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
</context>
<context>
    <name>slimplan::JsonReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>The JSON file holds an object; expected an array of objects ([{&quot;name&quot;: …, &quot;kind&quot;: …, &quot;owner&quot;: …}, …])</source>
        <translation>JSON 文件中是一个对象；应为对象数组（[{&quot;name&quot;: …, &quot;kind&quot;: …, &quot;owner&quot;: …}, …]）</translation>
    </message>
    <message>
        <source>Element [%1] is not an object; skipped</source>
        <translation>第 [%1] 个元素不是对象，已跳过</translation>
    </message>
    <message>
        <source>Nested arrays or objects in a list were ignored</source>
        <translation>列表中嵌套的数组或对象已忽略</translation>
    </message>
    <message>
        <source>An object where a value was expected; ignored</source>
        <translation>此处应为值却是对象，已忽略</translation>
    </message>
</context>
<context>
    <name>slimplan::Labels</name>
    <message>
        <source>App</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Public account</source>
        <translation>公众账号</translation>
    </message>
    <message>
        <source>Work group</source>
        <translation>工作群组</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Rectify</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关停</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>打卡签到</translation>
    </message>
    <message>
        <source>Points ranking</source>
        <translation>积分排名</translation>
    </message>
    <message>
        <source>Online-time statistics</source>
        <translation>在线时长统计</translation>
    </message>
    <message>
        <source>Forced download</source>
        <translation>强制下载</translation>
    </message>
    <message>
        <source>Likes/forwards/votes as assessment</source>
        <translation>点赞/转发/投票考核</translation>
    </message>
    <message>
        <source>Study time as assessment</source>
        <translation>学习时长考核</translation>
    </message>
    <message>
        <source>Mandatory work-photo upload</source>
        <translation>拍照留痕/上传工作照</translation>
    </message>
    <message>
        <source>Assigned follows</source>
        <translation>摊派关注</translation>
    </message>
    <message>
        <source>Commercial activity</source>
        <translation>商业活动</translation>
    </message>
    <message>
        <source>No feedback function</source>
        <translation>无互动/投诉功能</translation>
    </message>
    <message>
        <source>No IPv6</source>
        <translation>不支持 IPv6</translation>
    </message>
    <message>
        <source>Temporary group</source>
        <translation>临时群</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
</context>
<context>
    <name>slimplan::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Ledgers…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Region</source>
        <translation>打开示例地区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Plan as &amp;PDF…</source>
        <translation>将方案导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Plan as E&amp;xcel…</source>
        <translation>将方案导出为 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Plan as &amp;CSV…</source>
        <translation>将方案导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save C&amp;harts…</source>
        <translation>保存图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Accept Recommendation</source>
        <translation>采纳建议(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>人工调整(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Recommendation</source>
        <translation>恢复为建议(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Re-plan</source>
        <translation>重新规划(&amp;R)</translation>
    </message>
    <message>
        <source>Policy &amp;Profile…</source>
        <translation>政策参数(&amp;P)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In (graph)</source>
        <translation>放大关系图(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out (graph)</source>
        <translation>缩小关系图(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About SlimPlan</source>
        <translation>关于政务应用瘦身规划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Compare Regions…</source>
        <translation>比较地区(&amp;C)…</translation>
    </message>
    <message>
        <source>Pro&amp;gress Over Time…</source>
        <translation>进展跟踪(&amp;G)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>台账(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Regions Panel</source>
        <translation>地区面板(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>Overlap &amp;Graph Panel</source>
        <translation>功能重合关系图面板(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>下一个窗格(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>专项行动(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Survey Sheets…</source>
        <translation>导出核查表(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Returns</source>
        <translation>回收情况(&amp;R)</translation>
    </message>
    <message>
        <source>Set Action for &amp;Selection…</source>
        <translation>为所选项设置处置(&amp;S)…</translation>
    </message>
    <message>
        <source>Write &amp;Notices…</source>
        <translation>生成整改通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation>整改跟踪(&amp;T)</translation>
    </message>
    <message>
        <source>Decision &amp;Log</source>
        <translation>调整记录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Pre-check a Proposed App…</source>
        <translation>立项预审(&amp;P)…</translation>
    </message>
    <message>
        <source>Document &amp;Fonts…</source>
        <translation>公文字体(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>slimplan::MainWindow</name>
    <message>
        <source>About SlimPlan</source>
        <translation>关于政务应用瘦身规划</translation>
    </message>
    <message>
        <source>&lt;b&gt;SlimPlan %1&lt;/b&gt;&lt;p&gt;Plans the slimming of a region&apos;s government apps, public accounts and work groups.&lt;/p&gt;</source>
        <translation>&lt;b&gt;政务应用瘦身规划 %1&lt;/b&gt;&lt;p&gt;为一个地区的政务应用程序、政务公众账号和网络工作群组规划瘦身整合。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>正在规划</translation>
    </message>
    <message>
        <source>Re-planned.</source>
        <translation>已重新规划。</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Overlap graph</source>
        <translation>功能重合关系图</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>SlimPlan</source>
        <translation>政务应用瘦身规划</translation>
    </message>
    <message>
        <source>Recover unsaved work from %1?</source>
        <translation>是否恢复 %1 的未保存工作？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O), import ledgers (Ctrl+I) or a folder of returns (Ctrl+Shift+I), or drop files or folders here.</source>
        <translation>打开项目（Ctrl+O）、导入台账（Ctrl+I）或报送表文件夹（Ctrl+Shift+I），或将文件或文件夹拖放到此处。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Decision Log</source>
        <translation>调整记录</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>回收情况</translation>
    </message>
</context>
<context>
    <name>slimplan::NewScenarioDialog</name>
    <message>
        <source>New Scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>基线方案</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>基于(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Zombie after:</source>
        <translation>僵尸判定天数(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Overlap threshold:</source>
        <translation>重叠阈值(&amp;O)：</translation>
    </message>
    <message>
        <source>This name is taken.</source>
        <translation>该名称已被使用。</translation>
    </message>
</context>
<context>
    <name>slimplan::NoticeFiles</name>
    <message>
        <source>Notices as .%1 are not available yet.</source>
        <translation>.%1 格式的整改通知暂不可用。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Writing notices</source>
        <translation>正在生成整改通知</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>slimplan::NoticesDialog</name>
    <message>
        <source>Write Notices</source>
        <translation>生成整改通知</translation>
    </message>
    <message>
        <source>_notices</source>
        <translation>_整改通知</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder for the Notices</source>
        <translation>整改通知的文件夹</translation>
    </message>
    <message>
        <source>PDF notice</source>
        <translation>PDF 通知</translation>
    </message>
    <message>
        <source>Progress sheet for the unit (.xlsx)</source>
        <translation>单位填报的整改进度表（.xlsx）</translation>
    </message>
    <message>
        <source>Word document (.docx) — not available yet</source>
        <translation>Word 文档（.docx）— 暂不可用</translation>
    </message>
    <message>
        <source>One date for all:</source>
        <translation>统一期限：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Latest deadline</source>
        <translation>最晚期限</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>整改期限：</translation>
    </message>
    <message>
        <source>Per action kind: shut down within %1 days, merge %2, migrate %3, rectify %4</source>
        <translation>按处置类型：关停 %1 日内，合并 %2 日，迁移 %3 日，整改 %4 日</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n 份通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to act on.</source>
        <translation>
            <numerusform>%n 个待整改事项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no unit and are in no notice.</source>
        <translation>
            <numerusform>%n 个事项没有主办单位，未列入任何通知。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the notices.</source>
        <translation>请选择整改通知的文件夹。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 of %2 notices written to %3.</source>
        <translation>已将 %2 份通知中的 %1 份写入 %3。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Notices are recorded in the project file, and the items are tracked there: save the project first (File ▸ Save As…).</source>
        <translation>整改通知记录在项目文件中，事项也在其中跟踪：请先保存项目（文件 ▸ 另存为…）。</translation>
    </message>
    <message>
        <source>The project has unsaved changes: save it first, so that the notices and the project agree.</source>
        <translation>项目有未保存的修改：请先保存，使通知与项目一致。</translation>
    </message>
    <message>
        <source>The project has no items.</source>
        <translation>项目中没有事项。</translation>
    </message>
</context>
<context>
    <name>slimplan::OdsBook</name>
    <message>
        <source>the spreadsheet is protected by a password: open it in LibreOffice, save it without the password and import it again</source>
        <translation>电子表格设有密码保护：请在 LibreOffice 中打开，去掉密码后保存，再重新导入</translation>
    </message>
    <message>
        <source>this is a text document (.odt), not a spreadsheet: put its table into a spreadsheet, save that as .ods or .xlsx and import it</source>
        <translation>这是文本文档（.odt），不是电子表格：请将其中的表格放入电子表格，另存为 .ods 或 .xlsx 后导入</translation>
    </message>
    <message>
        <source>this is not a spreadsheet (the file says it is %1): only .ods spreadsheets can be read</source>
        <translation>这不是电子表格（文件声明其为 %1）：只能读取 .ods 电子表格</translation>
    </message>
    <message>
        <source>the file has no content.xml: it is not an .ods spreadsheet, or it is damaged</source>
        <translation>文件中没有 content.xml：不是 .ods 电子表格，或已损坏</translation>
    </message>
    <message>
        <source>content.xml is not the content of an OpenDocument spreadsheet</source>
        <translation>content.xml 不是 OpenDocument 电子表格的内容</translation>
    </message>
    <message>
        <source>content.xml is not encoded in UTF-8 as OpenDocument files are: refused</source>
        <translation>content.xml 未按 OpenDocument 文件的要求采用 UTF-8 编码：拒绝导入</translation>
    </message>
    <message>
        <source>content.xml has no body within its first %1 MB: it is not an OpenDocument spreadsheet</source>
        <translation>content.xml 的前 %1 MB 中没有正文：不是 OpenDocument 电子表格</translation>
    </message>
    <message>
        <source>content.xml is cut off inside a table&apos;s start tag</source>
        <translation>content.xml 在某个表格的起始标签内被截断</translation>
    </message>
    <message>
        <source>content.xml is not well-formed XML (a table&apos;s start tag): %1</source>
        <translation>content.xml 不是格式正确的 XML（表格起始标签）：%1</translation>
    </message>
    <message>
        <source>the spreadsheet has more than %1 tables: refused</source>
        <translation>电子表格中的表格超过 %1 个：拒绝导入</translation>
    </message>
    <message>
        <source>the spreadsheet has %1 tables in %2 MB of content.xml: too many to read (refused as a possible denial of service)</source>
        <translation>电子表格在 %2 MB 的 content.xml 中含有 %1 个表格：数量过多，无法读取（疑为拒绝服务攻击，拒绝导入）</translation>
    </message>
    <message>
        <source>content.xml is empty: the spreadsheet has no table</source>
        <translation>content.xml 为空：电子表格中没有表格</translation>
    </message>
    <message>
        <source>content.xml is not well-formed XML (in its styles): %1</source>
        <translation>content.xml 不是格式正确的 XML（样式部分）：%1</translation>
    </message>
</context>
<context>
    <name>slimplan::OdsReader</name>
    <message>
        <source>the spreadsheet has no visible table</source>
        <translation>电子表格中没有可见的表格</translation>
    </message>
</context>
<context>
    <name>slimplan::OdsSheetSource</name>
    <message>
        <source>content.xml is damaged: the table “%1” is not where it was found</source>
        <translation>content.xml 已损坏：表格“%1”不在其所在位置</translation>
    </message>
    <message>
        <source>content.xml is not well-formed XML in the table “%1”: %2</source>
        <translation>content.xml 中表格“%1”不是格式正确的 XML：%2</translation>
    </message>
    <message>
        <source>table “%1”: row %2 is repeated %3 times, past the last row (%4) a spreadsheet can have: refused</source>
        <translation>表格“%1”：第 %2 行重复 %3 次，超出电子表格的最大行（%4）：拒绝导入</translation>
    </message>
    <message>
        <source>table “%1”: row %2 lies past the last row (%3) a spreadsheet can have: refused</source>
        <translation>表格“%1”：第 %2 行超出电子表格的最大行（%3）：拒绝导入</translation>
    </message>
    <message>
        <source>table “%1”: cell %2 is repeated %3 times, past the last column (%4) a spreadsheet can have: refused</source>
        <translation>表格“%1”：单元格 %2 重复 %3 次，超出电子表格的最后一列（%4）：拒绝导入</translation>
    </message>
    <message>
        <source>table “%1”: cell %2 lies past the last column (%3) a spreadsheet can have: refused</source>
        <translation>表格“%1”：单元格 %2 超出电子表格的最后一列（%3）：拒绝导入</translation>
    </message>
    <message>
        <source>table “%1”: cell %2 holds more than the %3 characters a cell can hold: refused</source>
        <translation>表格“%1”：单元格 %2 的内容超过单元格上限 %3 个字符：拒绝导入</translation>
    </message>
</context>
<context>
    <name>slimplan::Overlap</name>
    <message>
        <source>Comparing items</source>
        <translation>正在比对条目</translation>
    </message>
    <message>
        <source>Forming merge families</source>
        <translation>正在形成合并族</translation>
    </message>
</context>
<context>
    <name>slimplan::OverlapCard</name>
    <message>
        <source>Action</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Survivor: the family keeps this item</source>
        <translation>保留项：家族保留此条目</translation>
    </message>
    <message>
        <source>In one family by a rule, not by overlap.</source>
        <translation>按规则归入同一家族，并非因功能重合。</translation>
    </message>
    <message>
        <source>Overlap score %1 of 1 (the wider the line, the higher)</source>
        <translation>重合度 %1（满分 1，线越粗越高）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Shared functions</source>
        <translation>共同功能</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Shared data items</source>
        <translation>共同填报事项</translation>
    </message>
    <message>
        <source>Shared members</source>
        <translation>共同成员</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>名称相似 %1%</translation>
    </message>
    <message>
        <source>same owner</source>
        <translation>同一主办单位</translation>
    </message>
    <message>
        <source>same platform</source>
        <translation>同一平台</translation>
    </message>
</context>
<context>
    <name>slimplan::OverlapPanel</name>
    <message>
        <source>Filter families by name or owner</source>
        <translation>按名称或主办单位筛选家族</translation>
    </message>
    <message>
        <source>Merge families: select one to see it in the graph</source>
        <translation>合并家族：选择一个即可在关系图中查看</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>保留项</translation>
    </message>
    <message>
        <source>line width = overlap</source>
        <translation>线宽 = 重合程度</translation>
    </message>
    <message>
        <source>same family by rule</source>
        <translation>按规则同属一个家族</translation>
    </message>
</context>
<context>
    <name>slimplan::OverrideCommand</name>
    <message>
        <source>Revert %1 to the recommendation</source>
        <translation>将 %1 恢复为建议</translation>
    </message>
    <message>
        <source>Accept recommendation for %1</source>
        <translation>采纳 %1 的建议</translation>
    </message>
    <message>
        <source>Override %1: %2</source>
        <translation>人工调整 %1：%2</translation>
    </message>
</context>
<context>
    <name>slimplan::OverrideDialog</name>
    <message>
        <source>Override the recommendation</source>
        <translation>人工调整建议</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Recommended: %2. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;建议：%2。%3</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>处置(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>理由（必填）(&amp;R)：</translation>
    </message>
    <message>
        <source>Why the plan differs from the recommendation, for the report</source>
        <translation>说明方案为何与建议不同，将写入报告</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>必须填写理由。</translation>
    </message>
    <message>
        <source>Merge and migrate need a target: the item or platform it goes into.</source>
        <translation>合并和迁移需要指定目标：并入的项目或平台。</translation>
    </message>
    <message>
        <source>An item cannot merge or migrate into itself.</source>
        <translation>项目不能合并或迁移到自身。</translation>
    </message>
</context>
<context>
    <name>slimplan::OverviewPage</name>
    <message>
        <source>No region is open. Open a project, import ledgers or open the demo region (File menu) to see what the plan cuts and what needs checking.</source>
        <translation>尚未打开地区。请打开项目、导入台账或打开示例地区（“文件”菜单），即可查看方案压减情况和待核查事项。</translation>
    </message>
    <message>
        <source>Show these items in the inventory</source>
        <translation>在台账中查看这些条目</translation>
    </message>
    <message>
        <source>What the plan cuts</source>
        <translation>方案压减情况</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>方案实施后</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>压减</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Items that stay (kept or rectified)</source>
        <translation>继续存在的条目（保留或整改）</translation>
    </message>
    <message>
        <source>−%1 (%2)</source>
        <translation>−%1（%2）</translation>
    </message>
    <message>
        <source>Items that leave the count (merged, migrated or shut down)</source>
        <translation>不再计数的条目（合并、迁移或关停）</translation>
    </message>
    <message>
        <source>Running cost saved a year</source>
        <translation>每年节省运维费用</translation>
    </message>
    <message>
        <source>at least %1 (10,000 CNY)</source>
        <translation>至少 %1 万元</translation>
    </message>
    <message>
        <source>%1 (10,000 CNY)</source>
        <translation>%1 万元</translation>
    </message>
    <message numerus="yes">
        <source>%n leaving item(s) have no known cost.</source>
        <translation>
            <numerusform>%n 个撤并条目的费用不详。</numerusform>
        </translation>
    </message>
    <message>
        <source>Items with an action</source>
        <translation>有处置的条目</translation>
    </message>
    <message>
        <source>Items rectified, merged, migrated or shut down</source>
        <translation>整改、合并、迁移或关停的条目</translation>
    </message>
    <message>
        <source>Most frequent findings</source>
        <translation>最常见的问题</translation>
    </message>
    <message>
        <source>No rule applied to any item.</source>
        <translation>没有条目触发规则。</translation>
    </message>
    <message>
        <source>Units with the most actions</source>
        <translation>处置最多的单位</translation>
    </message>
    <message>
        <source>Units with the most items</source>
        <translation>条目最多的单位</translation>
    </message>
    <message>
        <source>No unit has an action.</source>
        <translation>没有单位有处置事项。</translation>
    </message>
    <message>
        <source>No item names its unit.</source>
        <translation>没有条目填写主办单位。</translation>
    </message>
    <message>
        <source>%1 of its %2 items have an action</source>
        <translation>其 %2 个条目中有 %1 个需处置</translation>
    </message>
    <message>
        <source>%1 items, %2 with an action</source>
        <translation>%1 个条目，其中 %2 个需处置</translation>
    </message>
    <message>
        <source>%1 units in all</source>
        <translation>共 %1 个单位</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>items need checking</source>
        <translation>个条目待核查</translation>
    </message>
    <message>
        <source>lack data the rules read:</source>
        <translation>缺少规则所需数据：</translation>
    </message>
    <message>
        <source>no owning unit</source>
        <translation>无主办单位</translation>
    </message>
    <message>
        <source>no administrative level</source>
        <translation>无行政层级</translation>
    </message>
    <message>
        <source>no function list</source>
        <translation>无功能清单</translation>
    </message>
    <message>
        <source>no activity (last active date or posts in 90 days)</source>
        <translation>无活跃数据（最后活跃日期或近90天发文数）</translation>
    </message>
    <message>
        <source>no monthly active users (apps)</source>
        <translation>无月活跃用户数（应用程序）</translation>
    </message>
    <message>
        <source>recommended with low confidence (below %1), not yet decided</source>
        <translation>建议把握不足（低于 %1），尚未决定</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项工作</translation>
    </message>
    <message>
        <source>Returns received</source>
        <translation>已收回报表</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>已完成处置</translation>
    </message>
</context>
<context>
    <name>slimplan::PlaceResolver</name>
    <message>
        <source>The place in the owner “%1” could be %2; region left unknown (write the 行政区划代码 to settle it)</source>
        <translation>主办单位“%1”中的地名可能是%2；地区暂定为未知（请填写行政区划代码以确定）</translation>
    </message>
    <message>
        <source>The place “%1” could be %2; kept as written (write the 行政区划代码 to settle it)</source>
        <translation>地名“%1”可能是%2；按原文保留（请填写行政区划代码以确定）</translation>
    </message>
</context>
<context>
    <name>slimplan::PlanJson</name>
    <message>
        <source>Writing the JSON failed: %1</source>
        <translation>写入 JSON 失败：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The plan does not match the inventory (%1 decisions, %2 items).</source>
        <translation>方案与台账不一致（%1 条处置决定，%2 个条目）。</translation>
    </message>
    <message>
        <source>Writing JSON</source>
        <translation>正在写入 JSON</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>slimplan::PlanView</name>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1 items (%2 apps, %3 accounts, %4 groups) &amp;nbsp; &lt;b&gt;After:&lt;/b&gt; %5 items (%6 apps, %7 accounts, %8 groups) &amp;nbsp; &lt;b&gt;Reduction:&lt;/b&gt; %9 %</source>
        <translation>&lt;b&gt;瘦身前：&lt;/b&gt;%1 个（应用程序 %2、公众账号 %3、工作群组 %4） &amp;nbsp; &lt;b&gt;瘦身后：&lt;/b&gt;%5 个（应用程序 %6、公众账号 %7、工作群组 %8） &amp;nbsp; &lt;b&gt;压减：&lt;/b&gt;%9 %</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Annual cost saved:&lt;/b&gt; %1 (10k CNY)</source>
        <translation> &amp;nbsp; &lt;b&gt;每年节约经费：&lt;/b&gt;%1 万元</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Decisions recorded:&lt;/b&gt; %1</source>
        <translation> &amp;nbsp; &lt;b&gt;已记录决定：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n recommendations</source>
        <translation>
            <numerusform>采纳 %n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendation accepted</source>
        <translation>已采纳建议</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n decisions</source>
        <translation>
            <numerusform>恢复 %n 条决定</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>采纳(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the recommendation for the selected items</source>
        <translation>采纳所选条目的建议</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>人工调整(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose another action or target, with a reason</source>
        <translation>选择其他处置或目标，并说明理由</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the recommendation</source>
        <translation>恢复为建议</translation>
    </message>
</context>
<context>
    <name>slimplan::Planner</name>
    <message>
        <source>Checking policy rules</source>
        <translation>正在检查政策规则</translation>
    </message>
</context>
<context>
    <name>slimplan::PolicyDialog</name>
    <message>
        <source>Policy Profile</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>参数方案名称：</translation>
    </message>
    <message>
        <source>Zombie after no post for (P3, A9):</source>
        <translation>超过多久未更新视为僵尸（P3、A9）：</translation>
    </message>
    <message>
        <source>Group idle after (G1):</source>
        <translation>工作群闲置期限（G1）：</translation>
    </message>
    <message>
        <source>Overlap threshold (A10, P2, G2):</source>
        <translation>功能重合阈值（A10、P2、G2）：</translation>
    </message>
    <message>
        <source>Containment threshold:</source>
        <translation>功能包含阈值：</translation>
    </message>
    <message>
        <source>Low usage: monthly active users below (A9):</source>
        <translation>低使用率：月活跃用户低于（A9）：</translation>
    </message>
    <message>
        <source>Low usage: active/registered below (A9):</source>
        <translation>低使用率：活跃/注册用户比低于（A9）：</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Provincial reporting platform (A3, A8):</source>
        <translation>省级统一填报平台（A3、A8）：</translation>
    </message>
    <message>
        <source>Provincial service app (A1):</source>
        <translation>省级政务服务 App（A1）：</translation>
    </message>
    <message>
        <source>Overlap weights</source>
        <translation>重合度权重</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>功能：</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>填报事项：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Same owner:</source>
        <translation>同一主办单位：</translation>
    </message>
    <message>
        <source>Same platform:</source>
        <translation>同一平台：</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>重新规划</translation>
    </message>
    <message>
        <source>Count days up to (as of):</source>
        <translation>天数计算截至日期：</translation>
    </message>
    <message>
        <source>Temporary group idle after (G1):</source>
        <translation>临时群闲置天数（G1）：</translation>
    </message>
    <message>
        <source>Notice deadlines</source>
        <translation>整改通知期限</translation>
    </message>
    <message>
        <source>Shut down within:</source>
        <translation>关停期限：</translation>
    </message>
    <message>
        <source>Merge within:</source>
        <translation>合并期限：</translation>
    </message>
    <message>
        <source>Migrate within:</source>
        <translation>迁移期限：</translation>
    </message>
    <message>
        <source>Rectify within:</source>
        <translation>整改期限：</translation>
    </message>
</context>
<context>
    <name>slimplan::PolicyProfile</name>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>“%1”必须是字符串</translation>
    </message>
    <message>
        <source>day windows must not be negative</source>
        <translation>天数不能为负</translation>
    </message>
    <message>
        <source>&quot;overlap_threshold&quot; must be in (0, 1]</source>
        <translation>“overlap_threshold”必须在 (0, 1] 范围内</translation>
    </message>
    <message>
        <source>cannot open policy profile: %1</source>
        <translation>无法打开政策参数文件：%1</translation>
    </message>
    <message>
        <source>policy profile is not a JSON object: %1</source>
        <translation>政策参数文件不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>deadlines must not be negative</source>
        <translation>期限不能为负数</translation>
    </message>
</context>
<context>
    <name>slimplan::PrecheckDialog</name>
    <message>
        <source>Pre-check of a Proposed App</source>
        <translation>立项预审</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公众</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>主办单位：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>运行平台：</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>功能：</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>填报事项：</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>服务对象：</translation>
    </message>
    <message>
        <source>Existing item</source>
        <translation>现有事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>重合度</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>重合内容</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>预审</translation>
    </message>
    <message>
        <source>Enter at least the name and the owner.</source>
        <translation>请至少填写名称和主办单位。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意立项</translation>
    </message>
    <message>
        <source>Revise and resubmit</source>
        <translation>修改后再报</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予同意</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>未违反政策规定。</translation>
    </message>
</context>
<context>
    <name>slimplan::ProgressView</name>
    <message>
        <source>Import as Snapshot…</source>
        <translation>作为快照导入…</translation>
    </message>
    <message>
        <source>Add one with the button below, or on the command line:
slimplan-cli import FILE --project %1 --snapshot LABEL</source>
        <translation>可点击下方按钮添加，或在命令行中运行：
slimplan-cli import FILE --project %1 --snapshot LABEL</translation>
    </message>
    <message>
        <source>Progress is tracked in a project file. Save the plan as a project (File → Save As…), then import later ledgers as snapshots.</source>
        <translation>进展跟踪需要项目文件。请先将方案保存为项目（文件 → 另存为…），再将以后的台账作为快照导入。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>This project has %n snapshot(s) with items; progress needs at least two, the first one being the baseline.</source>
        <translation>
            <numerusform>此项目只有 %n 个含条目的快照；跟踪进展至少需要两个，第一个作为基线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed since the baseline (%1)</source>
        <translation>基线后已关停（%1）</translation>
    </message>
    <message>
        <source>Rebound: created after the baseline (%1)</source>
        <translation>反弹：基线后新建（%1）</translation>
    </message>
    <message>
        <source>Rebound: planned to leave, still active (%1)</source>
        <translation>反弹：计划撤并但仍在运行（%1）</translation>
    </message>
    <message>
        <source>Rebound: gone and came back (%1)</source>
        <translation>反弹：曾消失又出现（%1）</translation>
    </message>
    <message>
        <source>From the baseline &quot;%1&quot; (%2 items) to &quot;%3&quot; (%4 items): %5 closed, %6 rebound.</source>
        <translation>从基线“%1”（%2 个）到“%3”（%4 个）：关停 %5 个，反弹 %6 个。</translation>
    </message>
    <message>
        <source>Items per kind over the snapshots</source>
        <translation>各快照分类型条目数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
</context>
<context>
    <name>slimplan::ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>slimplan::ProjectFile</name>
    <message>
        <source>Saving was cancelled; the file is unchanged.</source>
        <translation>保存已取消；文件未改变。</translation>
    </message>
    <message>
        <source>Copying the project</source>
        <translation>正在复制项目</translation>
    </message>
    <message>
        <source>The snapshot of the document is missing in %1.</source>
        <translation>%1 中缺少该文档的快照。</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>正在写入规划</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有可保存的内容。</translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1: %2</source>
        <translation>无法写入 %1 所在的文件夹：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>无法将 %1 复制到 %2：%3</translation>
    </message>
</context>
<context>
    <name>slimplan::ProjectLoader</name>
    <message>
        <source>No item could be imported.</source>
        <translation>没有可导入的条目。</translation>
    </message>
    <message>
        <source>The demo region is not part of this build.</source>
        <translation>此版本未包含示例地区。</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>示例地区</translation>
    </message>
    <message>
        <source>The import was not stored.</source>
        <translation>导入未能保存。</translation>
    </message>
</context>
<context>
    <name>slimplan::ProjectStore</name>
    <message>
        <source>Saving items</source>
        <translation>正在保存条目</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>导入已取消，项目未作任何更改。</translation>
    </message>
    <message>
        <source>Saving item %1 failed: %2</source>
        <translation>保存条目 %1 失败：%2</translation>
    </message>
    <message>
        <source>Loading items</source>
        <translation>正在载入条目</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 是文件夹，不是项目文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SlimPlan project: it is not an SQLite database, or it is damaged.</source>
        <translation>%1 不是瘦身规划项目：它不是 SQLite 数据库，或已损坏。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SlimPlan project: %2</source>
        <translation>无法作为瘦身规划项目打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver gave no handle.</source>
        <translation>无法打开 %1：SQLite 驱动未返回句柄。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SlimPlan project (damaged file?): %2</source>
        <translation>无法作为瘦身规划项目打开 %1（文件是否已损坏？）：%2</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of SlimPlan (project format %2; this program reads up to %3). Please update SlimPlan to open it.</source>
        <translation>%1 由更新版本的瘦身规划保存（项目格式 %2；本程序最高支持 %3）。请升级本程序后再打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a SlimPlan project.</source>
        <translation>%1 是 SQLite 数据库，但不是瘦身规划项目。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: the backup copy %2 could not be written.</source>
        <translation>无法升级 %1：无法写入备份副本 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a SlimPlan project, or its header data is damaged.</source>
        <translation>%1 不是瘦身规划项目，或其头部数据已损坏。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saving the plan failed: %1</source>
        <translation>保存方案失败：%1</translation>
    </message>
    <message>
        <source>its header is damaged (page size %1)</source>
        <translation>文件头已损坏（页面大小 %1）</translation>
    </message>
    <message>
        <source>it is shorter than its header says (%1 of %2 bytes): it was not copied or saved completely</source>
        <translation>文件比文件头声明的短（%1 / %2 字节）：复制或保存不完整</translation>
    </message>
    <message>
        <source>the expected structure of project format %1 cannot be built: %2</source>
        <translation>无法建立项目格式 %1 所需的结构：%2</translation>
    </message>
    <message>
        <source>parts of the project are missing (%1): the file is damaged</source>
        <translation>项目缺少部分内容（%1）：文件已损坏</translation>
    </message>
    <message>
        <source>it holds database objects SlimPlan does not create (%1), so it was changed outside SlimPlan and is not opened, for safety</source>
        <translation>文件包含本程序不会创建的数据库对象（%1），说明它在本程序之外被修改过；为安全起见不予打开</translation>
    </message>
    <message>
        <source>Saving %1 failed; the file is as it was before: %2</source>
        <translation>保存 %1 失败；文件保持原样：%2</translation>
    </message>
    <message>
        <source>A member salt has 16 bytes.</source>
        <translation>成员盐值应为 16 个字节。</translation>
    </message>
    <message>
        <source>%1 already holds items hashed with its own salt.</source>
        <translation>%1 中已有用其自身盐值散列的事项。</translation>
    </message>
    <message>
        <source>The decisions could not be written to %1: %2</source>
        <translation>决定未能写入 %1：%2</translation>
    </message>
    <message>
        <source>The project has no item &quot;%1&quot;; no step was recorded.</source>
        <translation>项目中没有事项“%1”，未记录任何进度。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of the plan itself; choose another scenario name</source>
        <translation>“%1”是基线方案的名称，请另取情景方案名称</translation>
    </message>
    <message>
        <source>A scenario named &apos;%1&apos; already exists</source>
        <translation>已存在名为“%1”的情景方案</translation>
    </message>
    <message>
        <source>There is no scenario named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的情景方案</translation>
    </message>
</context>
<context>
    <name>slimplan::RegionTreeModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
</context>
<context>
    <name>slimplan::ReplanCommand</name>
    <message>
        <source>Re-plan with profile %1</source>
        <translation>按参数方案 %1 重新规划</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnDiff</name>
    <message>
        <source>(not filed)</source>
        <translation>（未备案）</translation>
    </message>
    <message>
        <source>%1 (other members)</source>
        <translation>%1（成员已变）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>主要功能</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>填报事项</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Posts in 90 days</source>
        <translation>近90天发文数</translation>
    </message>
    <message>
        <source>Annual cost (10k CNY)</source>
        <translation>年运维费用（万元）</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>上线时间</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>功能标记</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>应用场景</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(unit not named)</source>
        <translation>（未写明单位）</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 gone</source>
        <translation>%1：新增 %2，变更 %3，未变 %4，已不再填报 %5</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnDiffView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>The files return no unit&apos;s items: nothing in the project would change.</source>
        <translation>这些文件未包含任何单位的事项：项目不会有任何变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n units returned: </source>
        <translation>
            <numerusform>%n 个单位回收：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new items, %2 changed, %3 unchanged, %4 no longer listed (they are kept and marked &quot;reported gone&quot;). Nothing changes until you click Import.</source>
        <translation>新增 %1 项，变更 %2 项，未变 %3 项，不再列出 %4 项（保留并标记为“报告已无”）。点击“导入”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>(unit not named)</source>
        <translation>（未写明单位）</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of this return were refused with errors: items on them may show as gone.</source>
        <translation>
            <numerusform>该回收文件有 %n 行因错误被拒绝：其中的事项可能显示为已无。</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>变更：%1</translation>
    </message>
    <message>
        <source>gone: %1</source>
        <translation>已不再填报：%1</translation>
    </message>
    <message>
        <source>Unit / item</source>
        <translation>单位 / 事项</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>已无</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnsModel</name>
    <message>
        <source>Not answered</source>
        <translation>未回收</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>not surveyed</source>
        <translation>未发核查表</translation>
    </message>
    <message>
        <source>Nothing of the latest return could be read.</source>
        <translation>最近一次回收的文件无法读取。</translation>
    </message>
    <message>
        <source>The unit reported that it has no items.</source>
        <translation>该单位报告无相关事项。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Survey sheet</source>
        <translation>核查表</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Latest return</source>
        <translation>最近回收</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回收日期</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>保留行数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Items now</source>
        <translation>现有事项</translation>
    </message>
    <message>
        <source>Reported gone</source>
        <translation>报告已无</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnsPage</name>
    <message>
        <source>No units yet: import the returns or open a project.</source>
        <translation>尚无单位：请导入回收的台账或打开项目。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n units answered</source>
        <translation>
            <numerusform>%n 个单位中已回收 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回收</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>筛选单位…</translation>
    </message>
</context>
<context>
    <name>slimplan::RowBuilder</name>
    <message>
        <source>Unreadable number %1; left unknown</source>
        <translation>无法识别的数字 %1，按未知处理</translation>
    </message>
    <message>
        <source>Negative count %1 is out of range; left unknown</source>
        <translation>数量 %1 为负，超出范围，按未知处理</translation>
    </message>
    <message>
        <source>Unreadable date %1 (write it as 2025-03-01); left unknown</source>
        <translation>无法识别的日期 %1（请写作 2025-03-01），按未知处理</translation>
    </message>
    <message>
        <source>Date %1 is out of range; left unknown</source>
        <translation>日期 %1 超出范围，按未知处理</translation>
    </message>
    <message>
        <source>The name is missing; row not imported</source>
        <translation>缺少名称；该行未导入</translation>
    </message>
    <message>
        <source>The owner is missing; row not imported</source>
        <translation>缺少主办单位；该行未导入</translation>
    </message>
    <message>
        <source>The kind is missing; row not imported</source>
        <translation>缺少类型；该行未导入</translation>
    </message>
    <message>
        <source>Unknown kind %1; taken as %2 from the sheet name</source>
        <translation>未知类型 %1，已按工作表名取为%2</translation>
    </message>
    <message>
        <source>Unknown kind %1 (expected app, account or group: 应用程序, 公众号, 工作群 …); row not imported</source>
        <translation>未知类型 %1（应为应用程序、公众号、工作群等）；该行未导入</translation>
    </message>
    <message>
        <source>Region code %1 is not a 6-, 9- or 12-digit division code; kept as written</source>
        <translation>地区代码 %1 不是 6、9 或 12 位行政区划代码，按原文保留</translation>
    </message>
    <message>
        <source>Unknown level %1 (expected central, province, city, county, township or village); derived from the region or owner instead</source>
        <translation>未知层级 %1（应为中央、省、市、县、乡镇或村），已改由地区或主办单位推断</translation>
    </message>
    <message>
        <source>Unknown audience %1 (expected internal, public or enterprise: 内部, 公众, 企业); left unknown</source>
        <translation>未知服务对象 %1（应为内部、公众或企业），按未知处理</translation>
    </message>
    <message>
        <source>Unreadable amount %1; left unknown</source>
        <translation>无法识别的金额 %1，按未知处理</translation>
    </message>
    <message>
        <source>Negative amount %1 is out of range; left unknown</source>
        <translation>金额 %1 为负，超出范围，按未知处理</translation>
    </message>
    <message>
        <source>Unknown flag %1 ignored</source>
        <translation>未知功能标记 %1，已忽略</translation>
    </message>
    <message>
        <source>Unreadable yes/no value %1 (expected 是/否); flag not set</source>
        <translation>无法识别的是/否值 %1（应为是/否），未设置该标记</translation>
    </message>
    <message>
        <source>Active users (%1) exceed users (%2)</source>
        <translation>活跃用户数（%1）超过用户数（%2）</translation>
    </message>
    <message>
        <source>No owner is named; imported so that rule G4 can flag it</source>
        <translation>未写明主办单位；已导入，以便按规则 G4 标出</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2: is there a comma or separator inside a value without quotes (such as 3,200)? The values after it may be in the wrong columns</source>
        <translation>此行有 %1 个单元格，而表头只有 %2 列：是否有值内含逗号或分隔符却未加引号（如 3,200）？其后的值可能错位</translation>
    </message>
    <message>
        <source>%1 is an amount of money, not a count; left unknown</source>
        <translation>%1 是金额，不是数量；暂定为未知</translation>
    </message>
    <message>
        <source>%1 is a count, not an amount in 万元; left unknown</source>
        <translation>%1 是数量，不是以万元计的金额；暂定为未知</translation>
    </message>
</context>
<context>
    <name>slimplan::ScenarioCompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>基线方案</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>The scenarios cannot be compared: %1</source>
        <translation>无法比较这两个方案：%1</translation>
    </message>
    <message numerus="yes">
        <source>Annual cost saved: %1 (10k CNY) under %2, %3 (10k CNY) under %4; %n item(s) decided differently.</source>
        <translation>
            <numerusform>年节约经费：%2 下 %1 万元，%4 下 %3 万元；%n 项处置不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>瘦身前</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>压减后：%1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>层级未知</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>slimplan::ScenarioController</name>
    <message>
        <source>Scenarios</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>比较方案(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Promote to Plan…</source>
        <translation>升为正式方案(&amp;P)…</translation>
    </message>
    <message>
        <source>The scenario shown and decided in; the baseline is the plan itself</source>
        <translation>当前显示并在其中作决定的方案；基线方案即正式方案本身</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>基线方案</translation>
    </message>
    <message>
        <source>Scenarios live in a project file: save the project first.</source>
        <translation>方案保存在项目文件中：请先保存项目。</translation>
    </message>
    <message>
        <source>Promote to Plan</source>
        <translation>升为正式方案</translation>
    </message>
    <message>
        <source>Make the scenario &apos;%1&apos; the plan? Its policy profile becomes the project&apos;s and its decisions are recorded in the plan&apos;s decision log. This cannot be undone.</source>
        <translation>将方案“%1”升为正式方案？其政策参数将成为项目的参数，其决定将记入正式方案的决定日志。此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>slimplan::ScenarioPlan</name>
    <message>
        <source>There is no scenario named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的情景方案</translation>
    </message>
</context>
<context>
    <name>slimplan::Schema</name>
    <message>
        <source>Upgrading the project to version %1 (%2) failed: %3</source>
        <translation>将项目升级到版本 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>slimplan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>In tables and lists</source>
        <translation>在表格和列表中</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>在控件之间移动</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation>选择多行</translation>
    </message>
    <message>
        <source>Shift+arrow keys, Ctrl+click</source>
        <translation>Shift+方向键，Ctrl+单击</translation>
    </message>
    <message>
        <source>Sort by a column</source>
        <translation>按某列排序</translation>
    </message>
    <message>
        <source>click its header</source>
        <translation>单击列标题</translation>
    </message>
    <message>
        <source>Open a figure of the overview as a filtered table</source>
        <translation>将概览中的数字打开为筛选后的表格</translation>
    </message>
    <message>
        <source>Space on the figure</source>
        <translation>在数字上按空格键</translation>
    </message>
</context>
<context>
    <name>slimplan::SnapshotCountsModel</name>
    <message>
        <source>Project ledger</source>
        <translation>项目台账</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基线）</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>slimplan::SurveyExport</name>
    <message>
        <source>Export Survey Sheets</source>
        <translation>导出核查表</translation>
    </message>
    <message>
        <source>Save the project first: the survey sheets sent to the units are recorded in the project file.</source>
        <translation>请先保存项目：发给各单位的核查表记录在项目文件中。</translation>
    </message>
    <message>
        <source>Export Survey Sheets to Folder</source>
        <translation>导出核查表到文件夹</translation>
    </message>
    <message>
        <source>Writing survey sheets</source>
        <translation>正在生成核查表</translation>
    </message>
    <message>
        <source>The sheets were written but could not be recorded in the project: %1</source>
        <translation>核查表已生成，但无法记入项目：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 份核查表写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) name no unit and are in no sheet.</source>
        <translation>
            <numerusform>%n 个事项未填写单位，未列入任何核查表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait for the running task to finish.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
</context>
<context>
    <name>slimplan::SurveyXlsx</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>Writing survey sheets</source>
        <translation>正在生成核查表</translation>
    </message>
</context>
<context>
    <name>slimplan::SurveyXlsxBook</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1：无法创建工作簿</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook</source>
        <translation>%1：无法写入工作簿</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingChart</name>
    <message>
        <source>Progress by unit</source>
        <translation>各单位整改进展</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无主办单位）</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>处置项</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingItemsModel</name>
    <message>
        <source>Marked %1, but a later snapshot still holds this item: check that it was really closed.</source>
        <translation>已标记为“%1”，但后续快照中仍有此项：请核实是否确已关停。</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the action is not done.</source>
        <translation>已逾期：期限 %1 已过，处置尚未完成。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingModel</name>
    <message>
        <source>(no owner)</source>
        <translation>（无主办单位）</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) past their deadline and not done.</source>
        <translation>
            <numerusform>%n 项处置已过期限且未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>处置项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingPage</name>
    <message>
        <source>Evidence file</source>
        <translation>佐证材料文件</translation>
    </message>
    <message>
        <source>Select a unit to see its actions.</source>
        <translation>选择一个单位以查看其处置事项。</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（无主办单位）</translation>
    </message>
    <message>
        <source>Actions of %1</source>
        <translation>%1的处置事项</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 actions in %2 units: %3 done, %4 verified, %5 overdue.</source>
        <translation>%2 个单位共 %1 项处置：已完成 %3 项，已核验 %4 项，逾期 %5 项。</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>The steps could not be written to %1: %2</source>
        <translation>无法将进展写入 %1：%2</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为“%1”</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>筛选单位…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Save the project to track its actions.</source>
        <translation>请先保存项目，再跟踪整改进展。</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>将所选标记为：</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Choose the evidence file (only its name is recorded)</source>
        <translation>选择佐证材料文件（仅记录文件名）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>方案内</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingXlsx</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsReader</name>
    <message>
        <source>open it in Excel, WPS or LibreOffice, save it as .xlsx and import again</source>
        <translation>请在 Excel、WPS 或 LibreOffice 中打开，另存为 .xlsx 后重新导入</translation>
    </message>
    <message>
        <source>This workbook is protected with a password to open. Remove the password in Excel (File ▸ Info ▸ Protect Workbook), save it and import again</source>
        <translation>此工作簿设有打开密码。请在 Excel 中去掉密码（文件 ▸ 信息 ▸ 保护工作簿），保存后重新导入</translation>
    </message>
    <message>
        <source>This is a WPS Spreadsheets file, not an Excel workbook. Open it in WPS Spreadsheets, save it as .xlsx or .xls and import again</source>
        <translation>这是 WPS 表格文件，不是 Excel 工作簿。请在 WPS 表格中打开，另存为 .xlsx 或 .xls 后重新导入</translation>
    </message>
    <message>
        <source>This is a Word document, not an Excel workbook, despite its name</source>
        <translation>尽管扩展名如此，这其实是 Word 文档，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>This is a PowerPoint presentation, not an Excel workbook, despite its name</source>
        <translation>尽管扩展名如此，这其实是 PowerPoint 演示文稿，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>This file holds no Excel workbook (it is an Office file of another kind); %1</source>
        <translation>此文件中没有 Excel 工作簿（它是其他类型的 Office 文件）；%1</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>This is an .xlsx workbook despite its name; rename it to .xlsx and import it again</source>
        <translation>尽管扩展名如此，这其实是 .xlsx 工作簿；请将其重命名为 .xlsx 后重新导入</translation>
    </message>
    <message>
        <source>This is an Excel 2.x–4.0 worksheet, a format too old to read; %1</source>
        <translation>这是 Excel 2.x–4.0 工作表，格式过旧，无法读取；%1</translation>
    </message>
    <message>
        <source>This is not an Excel workbook despite its name; %1</source>
        <translation>尽管扩展名如此，这并不是 Excel 工作簿；%1</translation>
    </message>
    <message>
        <source>The workbook is too large to read</source>
        <translation>工作簿过大，无法读取</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete (perhaps not copied or saved completely); %1</source>
        <translation>工作簿已损坏或不完整（可能未完整复制或保存）；%1</translation>
    </message>
    <message>
        <source>The workbook cannot be read: the system could not start its reader</source>
        <translation>无法读取工作簿：系统无法启动其读取程序</translation>
    </message>
    <message>
        <source>The workbook holds more data than can be imported; %1</source>
        <translation>工作簿的数据量超出可导入的上限；%1</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read; %1</source>
        <translation>工作簿已损坏，无法读取；%1</translation>
    </message>
    <message>
        <source>This is an Excel 2.x–4.0 workbook, a format too old to read; %1</source>
        <translation>这是 Excel 2.x–4.0 工作簿，格式过旧，无法读取；%1</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet %1 cannot be read; %2</source>
        <translation>工作簿已损坏：无法读取工作表 %1；%2</translation>
    </message>
    <message>
        <source>Sheet “%1” claims %2 rows × %3 columns, more than an .xls sheet can hold (65,536 × 256): the file is damaged</source>
        <translation>工作表“%1”声称有 %2 行 × %3 列，超出 .xls 工作表的容量（65,536 × 256）：文件已损坏</translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>The workbook has no visible worksheet</source>
        <translation>工作簿中没有可见的工作表</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsSheetSource</name>
    <message>
        <source>cell %1%2 cannot be read; it is taken as empty</source>
        <translation>无法读取单元格 %1%2，按空单元格处理</translation>
    </message>
    <message>
        <source>cell %1%2 holds %3 characters, more than the %4 a cell can hold: refused</source>
        <translation>单元格 %1%2 含 %3 个字符，超过单元格上限 %4：拒绝导入</translation>
    </message>
    <message>
        <source>sheet “%1” is damaged and cannot be read</source>
        <translation>工作表“%1”已损坏，无法读取</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxArchive</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>this is an old .xls / encrypted workbook: save it as .xlsx</source>
        <translation>这是旧版 .xls 或加密的工作簿：请另存为 .xlsx</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (the file is not a zip archive)</source>
        <translation>这不是 .xlsx 工作簿（文件不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>the .xlsx file is damaged or truncated (its zip directory cannot be read)</source>
        <translation>.xlsx 文件已损坏或不完整（无法读取其 zip 目录）</translation>
    </message>
    <message>
        <source>the archive holds more than %1 files: refused as not a workbook</source>
        <translation>压缩包中的文件超过 %1 个：不是工作簿，拒绝读取</translation>
    </message>
    <message>
        <source>%1 would expand to %2 MB, more than the limit of %3 MB per part: refused as a possible decompression bomb</source>
        <translation>%1 解压后将达 %2 MB，超过每部分 %3 MB 的上限：疑为解压炸弹，拒绝读取</translation>
    </message>
    <message>
        <source>%1 is compressed more than %2:1: refused as a possible decompression bomb</source>
        <translation>%1 的压缩比超过 %2:1：疑为解压炸弹，拒绝读取</translation>
    </message>
    <message>
        <source>the workbook would expand to more than %1 MB: refused as a possible decompression bomb</source>
        <translation>工作簿解压后将超过 %1 MB：疑为解压炸弹，拒绝读取</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>工作簿缺少部件 %1</translation>
    </message>
    <message>
        <source>%1 cannot be read (encrypted or damaged)</source>
        <translation>无法读取 %1（已加密或已损坏）</translation>
    </message>
    <message>
        <source>this is an old .xls or an encrypted workbook, not an .ods spreadsheet</source>
        <translation>这是旧版 .xls 或加密的工作簿，不是 .ods 电子表格</translation>
    </message>
    <message>
        <source>this is not an .ods spreadsheet (the file is not a zip archive)</source>
        <translation>这不是 .ods 电子表格（文件不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>the .ods file is damaged or truncated (its zip directory cannot be read)</source>
        <translation>.ods 文件已损坏或不完整（无法读取其 zip 目录）</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxPartDevice</name>
    <message>
        <source>%1 cannot be decompressed: the file is damaged</source>
        <translation>无法解压 %1：文件已损坏</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MB: refused as a possible decompression bomb</source>
        <translation>%1 解压后超过 %2 MB：疑为解压炸弹，拒绝读取</translation>
    </message>
    <message>
        <source>the workbook expands to more than %1 MB: refused as a possible decompression bomb</source>
        <translation>工作簿解压后超过 %1 MB：疑为解压炸弹，拒绝读取</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 不是格式正确的 XML（第 %2 行第 %3 列）：%4</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (&lt;!DOCTYPE&gt;), which workbooks never need: refused so that no entity is expanded</source>
        <translation>%1 含有文档类型声明（&lt;!DOCTYPE&gt;），工作簿从不需要它：为避免展开实体，拒绝读取</translation>
    </message>
    <message>
        <source>%1 ends before the place it names: the file is damaged</source>
        <translation>%1 在其所指位置之前就已结束：文件已损坏</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxReader</name>
    <message>
        <source>the workbook has no visible worksheet</source>
        <translation>工作簿没有可见的工作表</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxSheetSource</name>
    <message>
        <source>row number “%1” is not valid</source>
        <translation>行号“%1”无效</translation>
    </message>
    <message>
        <source>row %1 lies beyond Excel&apos;s last row %2: refused</source>
        <translation>第 %1 行超出 Excel 的最大行 %2：拒绝读取</translation>
    </message>
    <message>
        <source>cell reference “%1” is not valid</source>
        <translation>单元格引用“%1”无效</translation>
    </message>
    <message>
        <source>cell %1 lies beyond Excel&apos;s last column XFD: refused</source>
        <translation>单元格 %1 超出 Excel 的最后一列 XFD：拒绝读取</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>单元格 %1 引用的共享字符串 %2 在工作簿中不存在</translation>
    </message>
    <message>
        <source>cell %1 holds %2 characters, more than the %3 a cell can hold: refused</source>
        <translation>单元格 %1 含 %2 个字符，超过单元格上限 %3：拒绝读取</translation>
    </message>
    <message>
        <source>the sheet has more than %1 merged ranges: refused</source>
        <translation>工作表中的合并单元格区域超过 %1 个：拒绝导入</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxWorkbook</name>
    <message>
        <source>the zip archive has no xl/workbook.xml: it is not an Excel workbook</source>
        <translation>压缩包中没有 xl/workbook.xml：不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the workbook has more than %1 sheets: refused</source>
        <translation>工作簿的工作表超过 %1 个：拒绝读取</translation>
    </message>
    <message>
        <source>the workbook has no %1: it does not say where its sheets are</source>
        <translation>工作簿缺少 %1：无法确定工作表的位置</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing from the file (no part %2)</source>
        <translation>文件中缺少工作表“%1”（没有部件 %2）</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Commands</name>
    <message>
        <source>slimplan-cli: unknown command &apos;%1&apos;</source>
        <translation>slimplan-cli：未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: slimplan-cli COMMAND [OPTIONS]
commands:
  import FILE... --project P.slimplan   add inventory files to a project
  plan FILE...|--project P.slimplan     recommend an action for every item
  demo                                  plan the embedded demo region
  compare P1.slimplan P2.slimplan...    compare the plans of several regions
  progress P.slimplan                   what closed and rebounded since the first snapshot
  survey --project P --out DIR          one pre-filled survey sheet (核查表) per unit
  notices --project P --out DIR         one rectification notice per unit with actions
  track --project P                     track each action: planned → notified → done → verified
  precheck --project P FILE|--name N    立项预审: check a proposed app (--json, --pdf 预审意见)
  scenario --project P                  named scenarios: list, create, compare, promote
  generate --items N --out FILE         write a synthetic ledger
Run &apos;slimplan-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 success, 1 the input had errors, 2 bad usage.
</source>
        <translation>用法：slimplan-cli 命令 [选项]
命令：
  import FILE... --project P.slimplan   将台账文件加入项目
  plan FILE...|--project P.slimplan     为每个条目给出处置建议
  demo                                  规划内置的示例地区
  compare P1.slimplan P2.slimplan...    比较多个地区的方案
  progress P.slimplan                   自首个快照以来的关停与反弹情况
  survey --project P --out DIR          为每个单位生成预填的核查表
  notices --project P --out DIR         为每个有整改事项的单位生成整改通知
  track --project P                     跟踪每项整改：已计划 → 已通知 → 已完成 → 已核验
  precheck --project P FILE|--name N    立项预审：预审拟建应用（--json，--pdf 预审意见）
  scenario --project P                  情景方案：列出、新建、比较、采用
  generate --items N --out FILE         生成模拟台账
运行 &apos;slimplan-cli 命令 --help&apos; 查看该命令的选项。
退出状态：0 成功，1 输入有错误，2 用法错误。
</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Common</name>
    <message>
        <source>Run &apos;slimplan-cli %1 --help&apos; for usage.</source>
        <translation>运行 &apos;slimplan-cli %1 --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Date the rules count &quot;days without a post&quot; from (default: today).</source>
        <translation>规则计算“未更新天数”的基准日期（默认：今天）。</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use zh_CN or en)</source>
        <translation>未知语言 &apos;%1&apos;（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write the plan as JSON (&quot;-&quot; = stdout).</source>
        <translation>将方案写为 JSON（&quot;-&quot; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write the plan as a PDF report.</source>
        <translation>将方案写为 PDF 报告。</translation>
    </message>
    <message>
        <source>Write the plan as an Excel workbook.</source>
        <translation>将方案写为 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Write the items with their actions as CSV for Excel (&quot;-&quot; = stdout).</source>
        <translation>将条目及其处置写为供 Excel 使用的 CSV（&quot;-&quot; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Plan as of %1: %2 items before, %3 after (-%4 %); apps %5 → %6, accounts %7 → %8, groups %9 → %10.</source>
        <translation>方案（基准日期 %1）：瘦身前 %2 个，瘦身后 %3 个（-%4 %）；应用程序 %5 → %6，公众账号 %7 → %8，工作群组 %9 → %10。</translation>
    </message>
    <message>
        <source>Language of the reasons and reports: zh_CN or en (default: zh_CN; messages follow the system&apos;s language).</source>
        <translation>理由和报告的语言：zh_CN 或 en（默认 zh_CN；提示信息随系统语言）。</translation>
    </message>
    <message>
        <source>Who prepared the plan, for the report&apos;s cover (编制单位/编制人).</source>
        <translation>方案的编制单位或编制人，印在报告封面上。</translation>
    </message>
    <message>
        <source>Layout of the PDF: gongwen (official document, GB/T 9704) or report (default: gongwen for zh_CN, report for en).</source>
        <translation>PDF 版式：gongwen（党政机关公文格式，GB/T 9704）或 report（报告版式）；默认中文为 gongwen，英文为 report。</translation>
    </message>
    <message>
        <source>unknown --style &quot;%1&quot; (gongwen or report)</source>
        <translation>未知的 --style 取值“%1”（应为 gongwen 或 report）</translation>
    </message>
    <message>
        <source>Font substituted: %1</source>
        <translation>字体替代：%1</translation>
    </message>
    <message>
        <source>Write the plan as an official document (公文) to edit in Word or WPS.</source>
        <translation>将方案写为可在 Word 或 WPS 中编辑的公文。</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Compare</name>
    <message>
        <source>Compares the plans of several regions&apos; projects: before/after counts, reduction and cost saved, one entry per project in the order given. A project&apos;s saved plan is used (with its overrides); one without a current plan is planned with its own policy profile as of --as-of (default today). Projects are not changed.
Exit status: 0 success, 1 a project could not be read or an output written, 2 bad usage.</source>
        <translation>比较多个地区项目的方案：瘦身前后数量、压减比例和节约经费，按给定顺序每个项目一项。使用项目中已保存的方案（含人工调整）；没有当前方案的项目按其自身的政策参数、以 --as-of（默认今天）为基准规划。不会修改项目。
退出状态：0 成功，1 无法读取项目或写入输出，2 用法错误。</translation>
    </message>
    <message>
        <source>Projects to compare.</source>
        <translation>要比较的项目。</translation>
    </message>
    <message>
        <source>Write the comparison as JSON (&quot;-&quot; = stdout).</source>
        <translation>将比较结果写为 JSON（&quot;-&quot; 表示标准输出）。</translation>
    </message>
    <message>
        <source>Write the comparison as a PDF report.</source>
        <translation>将比较结果写为 PDF 报告。</translation>
    </message>
    <message>
        <source>no projects to compare</source>
        <translation>没有要比较的项目</translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4 items (-%5 %)</source>
        <translation>%1（%2）：%3 → %4 个（-%5 %）</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Demo</name>
    <message>
        <source>Plans the embedded demo region, the fictional county 青溪县, with the default policy profile. Without an output option the summary is printed.
Exit status: 0 success, 1 an output could not be written, 2 bad usage.</source>
        <translation>以默认政策参数规划内置示例地区——虚构的青溪县。未指定输出选项时打印汇总。
退出状态：0 成功，1 无法写入输出，2 用法错误。</translation>
    </message>
    <message>
        <source>the demo takes no files</source>
        <translation>示例不接受文件参数</translation>
    </message>
    <message>
        <source>the demo region could not be read</source>
        <translation>无法读取示例地区</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Import</name>
    <message>
        <source>The project file to add the items to.</source>
        <translation>接收条目的项目文件。</translation>
    </message>
    <message>
        <source>Import nothing when any row or file has an error.</source>
        <translation>任何行或文件有错误时不导入任何内容。</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>必须指定 --project P.slimplan</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>没有要导入的文件</translation>
    </message>
    <message>
        <source>Import into the snapshot with this label (a moment of the ledger), creating an empty one if the project has none of that label.</source>
        <translation>导入到具有此标签的快照（台账的某一时点）；项目中没有该标签时新建一个空快照。</translation>
    </message>
    <message>
        <source>(unit not named)</source>
        <translation>（未写明单位）</translation>
    </message>
    <message>
        <source>%1 — %2: not imported (%3 errors)</source>
        <translation>%1 — %2：未导入（%3 个错误）</translation>
    </message>
    <message>
        <source>%1 — %2: no items reported</source>
        <translation>%1 — %2：未报送条目（本单位无）</translation>
    </message>
    <message>
        <source>%1 — %2: %3 rows read, %4 kept, %5 folded into items reported earlier, %6 errors, %7 warnings</source>
        <translation>%1 — %2：读取 %3 行，保留 %4 行，%5 行并入先前报送的条目，%6 个错误，%7 个警告</translation>
    </message>
    <message>
        <source>Adds inventory files (.xlsx, .xls, .ods, .csv, .tsv, .json), or folders of returns (every ledger file in them, in name order), to a project, creating it if needed. Items are matched by id, 备案编号, or kind, owner, name and platform: a re-import updates them, and an item reported by two units is imported once.
Every problem is printed to stderr as FILE:SHEET:ROW:COLUMN: message.
Rows with errors are skipped and the good rows ARE imported (exit status 1); with --strict any error imports nothing. The project changes in one transaction: all rows or none.
Exit status: 0 success (warnings allowed), 1 the input had errors, 2 bad usage.</source>
        <translation>将台账文件（.xlsx、.xls、.ods、.csv、.tsv、.json）或报送表文件夹（按文件名顺序读取其中的每个台账文件）加入项目，必要时新建项目。条目按编号、备案编号或类型、主办单位、名称和平台匹配：重复导入会更新，两个单位报送的同一条目只导入一次。
每个问题以 FILE:SHEET:ROW:COLUMN: 说明 的格式输出到标准错误。
有错误的行会被跳过，正确的行仍会导入（退出状态 1）；使用 --strict 时只要有错误就不导入任何内容。项目在一个事务中更改：要么全部导入，要么全不导入。
退出状态：0 成功（允许有警告），1 输入有错误，2 用法错误。</translation>
    </message>
    <message>
        <source>Inventory files or folders to import.</source>
        <translation>要导入的台账文件或文件夹。</translation>
    </message>
    <message>
        <source>Read and check everything, print what would change, change nothing.</source>
        <translation>读取并检查全部内容，输出将要进行的更改，但不做任何更改。</translation>
    </message>
    <message>
        <source>Dry run: %1 would be created with %2 items from %3 rows (%4 folded, %5 errors, %6 warnings); nothing was written.</source>
        <translation>试运行：将新建 %1，含 %2 个条目，来自 %3 行（%4 行合并，%5 个错误，%6 个警告）；未写入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: %1 new items and %2 updated from %3 rows (%4 folded, %5 errors, %6 warnings); %7 is unchanged.</source>
        <translation>试运行：%3 行中有 %1 个新条目、%2 个更新条目（%4 行合并，%5 个错误，%6 个警告）；%7 未作更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %2 items from %3 rows of %n file(s) (%4 folded into items reported earlier, %5 errors, %6 warnings); the project holds %7 items.</source>
        <translation>
            <numerusform>%1：从 %n 个文件的 %3 行中导入了 %2 个条目（%4 行并入先前报送的条目，%5 个错误，%6 个警告）；项目现有 %7 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) no longer listed by their unit&apos;s return are marked as reported gone (kept in the project).</source>
        <translation>
            <numerusform>%n 个事项已不在本单位的回报中列出，已标记为“报称已撤销”（仍保留在项目中）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more unit(s) (import --dry-run lists them all)</source>
        <translation>
            <numerusform>……另有 %n 个单位（import --dry-run 可列出全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>变更：%1</translation>
    </message>
    <message>
        <source>gone: %1</source>
        <translation>已不再填报：%1</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Notices</name>
    <message>
        <source>The project whose plan is notified.</source>
        <translation>要下发整改通知的项目。</translation>
    </message>
    <message>
        <source>Folder to write the notices into (created if missing).</source>
        <translation>整改通知的输出文件夹（不存在则创建）。</translation>
    </message>
    <message>
        <source>One deadline for every item; default: per action kind from the policy profile (shut down 30 days, merge/migrate 90, rectify 60).</source>
        <translation>所有事项统一的整改期限；默认按政策配置中各处置类型的期限（关停30日，合并/迁移90日，整改60日）。</translation>
    </message>
    <message>
        <source>pdf (default), xlsx (the progress sheet) or docx.</source>
        <translation>pdf（默认）、xlsx（整改进度表）或 docx。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n item(s), deadline %3</source>
        <translation>
            <numerusform>%1 — %2：%n 项，期限 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes one 整改通知 (rectification notice) per unit that has items to act on: each item with its action, target, reason, the rules and their sources, its deadline, and a receipt. Units with nothing to do get none. The items are marked notified, dated --as-of (today).
Exit status: 0 success, 1 the project could not be read or a file not written, 2 bad usage.</source>
        <translation>为每个有整改事项的单位生成一份整改通知：列明每个事项的整改措施、目标、理由、所依据的规则及其出处、整改期限，并附回执。无整改事项的单位不生成通知。相关事项标记为“已通知”，日期为 --as-of（默认今天）。
退出状态：0 成功，1 无法读取项目或无法写入文件，2 用法错误。</translation>
    </message>
    <message>
        <source>give --project P.slimplan and --out DIR</source>
        <translation>请指定 --project P.slimplan 和 --out DIR</translation>
    </message>
    <message>
        <source>--format must be pdf, docx or xlsx</source>
        <translation>--format 只能是 pdf、docx 或 xlsx</translation>
    </message>
    <message>
        <source>--format docx is not available yet</source>
        <translation>--format docx 暂不可用</translation>
    </message>
    <message>
        <source>--deadline must be a date YYYY-MM-DD</source>
        <translation>--deadline 须为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--deadline %1 is before the notices&apos; date %2</source>
        <translation>--deadline %1 早于通知日期 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) written</source>
        <translation>
            <numerusform>已生成 %n 份通知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) notified.</source>
        <translation>
            <numerusform>%n 个事项已通知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to act on have no unit and are in no notice.</source>
        <translation>
            <numerusform>%n 个待整改事项没有主办单位，未列入任何通知。</numerusform>
        </translation>
    </message>
    <message>
        <source>The notices were written but not recorded: no item is marked notified.</source>
        <translation>通知书已写出但未记入项目：没有事项被标记为已通知。</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Plan</name>
    <message>
        <source>Recommends keep, rectify, merge, migrate or shut down for every item of the inventory files (read in memory) or of a project, and writes the plan. A project keeps the plan, with the official&apos;s overrides applied on top.
The policy profile is --policy, else the project&apos;s, else the defaults.
Import problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message; the good rows are still planned.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</source>
        <translation>为台账文件（在内存中读取）或项目中的每个条目给出保留、整改、合并、迁移或关停的建议，并输出方案。项目会保存方案，并在其上应用人工调整。
政策参数取自 --policy，其次为项目中的参数，否则使用默认值。
导入问题以 FILE:SHEET:ROW:COLUMN: 说明 的格式输出到标准错误；正确的行仍会参与规划。
退出状态：0 成功，1 输入有错误，2 用法错误。</translation>
    </message>
    <message>
        <source>Inventory files to plan.</source>
        <translation>要规划的台账文件。</translation>
    </message>
    <message>
        <source>Plan the items of this project.</source>
        <translation>规划此项目中的条目。</translation>
    </message>
    <message>
        <source>Policy profile (JSON) to plan with.</source>
        <translation>用于规划的政策参数（JSON）。</translation>
    </message>
    <message>
        <source>give either inventory files or --project P.slimplan</source>
        <translation>请指定台账文件或 --project P.slimplan 二者之一</translation>
    </message>
    <message>
        <source>Plan under this named scenario of the project (its profile and decisions; the saved plan is not changed).</source>
        <translation>按项目中的该情景方案生成方案（使用其政策参数和人工调整；不改变已保存的方案）。</translation>
    </message>
    <message>
        <source>there is no scenario named &apos;%1&apos; in %2</source>
        <translation>%2 中不存在名为“%1”的情景方案</translation>
    </message>
    <message>
        <source>--scenario needs --project P.slimplan</source>
        <translation>--scenario 须与 --project P.slimplan 同时使用</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Precheck</name>
    <message>
        <source>A one-row ledger describing the proposal (any supported format).</source>
        <translation>描述拟建事项的单行台账文件（支持的任意格式）。</translation>
    </message>
    <message>
        <source>The project to check against.</source>
        <translation>用于比对的项目。</translation>
    </message>
    <message>
        <source>Name of the proposed item.</source>
        <translation>拟建事项名称。</translation>
    </message>
    <message>
        <source>Owning unit.</source>
        <translation>主办单位。</translation>
    </message>
    <message>
        <source>Functions, separated by 、 , ; or |.</source>
        <translation>主要功能，以&quot;、&quot;&quot;,&quot;&quot;;&quot;或&quot;|&quot;分隔。</translation>
    </message>
    <message>
        <source>app (default), account or group.</source>
        <translation>app（应用程序，默认）、account（公众账号）或 group（工作群组）。</translation>
    </message>
    <message>
        <source>Platform (安卓/iOS, 微信公众号, …).</source>
        <translation>运行平台（安卓/iOS、微信公众号等）。</translation>
    </message>
    <message>
        <source>Data items collected, separated like --functions.</source>
        <translation>采集的填报事项，分隔方式同 --functions。</translation>
    </message>
    <message>
        <source>Level of the owner (county, township, …); default: from the owner&apos;s name.</source>
        <translation>主办单位层级（county、township 等）；默认依据单位名称判定。</translation>
    </message>
    <message>
        <source>internal, public or enterprise.</source>
        <translation>internal（内部）、public（公众）或 enterprise（企业）。</translation>
    </message>
    <message>
        <source>Feature flags (check_in, ranking, …).</source>
        <translation>功能标记（check_in、ranking 等）。</translation>
    </message>
    <message>
        <source>Write the opinion as JSON (&quot;-&quot; = stdout).</source>
        <translation>将预审意见写为 JSON 文件（&quot;-&quot; 表示标准输出）。</translation>
    </message>
    <message>
        <source>give FILE, or --name and --owner</source>
        <translation>请提供 FILE，或 --name 与 --owner</translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos;</source>
        <translation>无法识别的 --kind 取值&quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown --level &apos;%1&apos;</source>
        <translation>无法识别的 --level 取值&quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown --audience &apos;%1&apos;</source>
        <translation>无法识别的 --audience 取值&quot;%1&quot;</translation>
    </message>
    <message>
        <source>a pre-check reads exactly one item; the file holds %1</source>
        <translation>预审只读取一个事项，该文件含有 %1 个</translation>
    </message>
    <message>
        <source>Pre-check of &quot;%1&quot; (%2): %3</source>
        <translation>&quot;%1&quot;（%2）立项预审结论：%3</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>必须提供 --project</translation>
    </message>
    <message>
        <source>give one FILE, or --name and --owner</source>
        <translation>请只提供一个 FILE，或提供 --name 与 --owner</translation>
    </message>
    <message>
        <source>no such project</source>
        <translation>项目不存在</translation>
    </message>
    <message>
        <source>Write the opinion (预审意见) as a one-page PDF in the document style.</source>
        <translation>将预审意见写成一页公文格式的 PDF。</translation>
    </message>
    <message>
        <source>立项预审: checks a proposed app, account or group against the project&apos;s inventory before it is built — the existing items that already do its job, the rules it would break — and gives a verdict: approve, revise or reject. The proposal is FILE (a one-row ledger) or --name, --owner and --functions (with --kind, --platform, --data-items, --level, --audience, --flags). --pdf writes the 预审意见 as a one-page document. The project is not changed.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</source>
        <translation>立项预审：在新建应用程序、开设公众账号或工作群组之前，对照项目台账进行审查——列出已具备同类功能的现有事项及其违反的政策规定，并给出&quot;同意&quot;&quot;修改后再报&quot;或&quot;不予同意&quot;的结论。拟建事项可由 FILE（单行台账）给出，或以 --name、--owner 和 --functions（可加 --kind、--platform、--data-items、--level、--audience、--flags）给出。--pdf 将预审意见写成一页公文。不修改项目。
退出状态：0 成功，1 输入有错误，2 用法错误。</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Progress</name>
    <message>
        <source>planned: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Shows a region&apos;s progress between its first and its last snapshot holding items: items closed since the baseline, and the rebound (items created since, items planned to merge, migrate or shut down that are still there, items gone in an intermediate snapshot that came back). Items are matched by id or by kind, owner and name. The baseline&apos;s saved plan is used, else it is planned with the project&apos;s policy profile as of --as-of (default: the snapshot&apos;s date, else today). The project is not changed.
Exit status: 0 success, 1 the project could not be read or an output written, 2 bad usage.</source>
        <translation>显示一个地区在首个与最后一个含条目的快照之间的进展：自基线以来已关停的条目，以及反弹情况（基线后新建的条目、计划合并/迁移/关停但仍存在的条目、在中间快照中消失后又出现的条目）。条目按编号或按类型、主办单位和名称匹配。使用基线快照已保存的方案，否则按项目的政策参数、以 --as-of（默认快照日期，否则今天）为基准规划。不会修改项目。
退出状态：0 成功，1 无法读取项目或写入输出，2 用法错误。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>Write the progress as JSON (&quot;-&quot; = stdout).</source>
        <translation>将进展写为 JSON（&quot;-&quot; 表示标准输出）。</translation>
    </message>
    <message>
        <source>give exactly one project</source>
        <translation>请只指定一个项目</translation>
    </message>
    <message>
        <source>no such project</source>
        <translation>项目不存在</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n snapshot(s) with items; progress needs two (import with --snapshot LABEL).</source>
        <translation>
            <numerusform>%1：仅有 %n 个含条目的快照；查看进展需要两个（使用 --snapshot 标签 导入）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from &quot;%2&quot; (%3 items) to &quot;%4&quot; (%5 items): %6 closed, %7 rebound.</source>
        <translation>%1：从“%2”（%3 个）到“%4”（%5 个）：关停 %6 个，反弹 %7 个。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关停</translation>
    </message>
    <message>
        <source>Created since the baseline</source>
        <translation>基线后新建</translation>
    </message>
    <message>
        <source>Planned to leave, still there</source>
        <translation>计划退出但仍存在</translation>
    </message>
    <message>
        <source>Gone and came back</source>
        <translation>消失后又出现</translation>
    </message>
    <message>
        <source>  %1: %2 items (%3 apps, %4 accounts, %5 groups)</source>
        <translation>  %1：%2 个（应用程序 %3、公众账号 %4、工作群组 %5）</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Scenario</name>
    <message>
        <source>baseline (the plan itself)</source>
        <translation>baseline（基线方案）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — zombie after %2 days, overlap ≥ %3, from %4, %n decision(s)</source>
        <translation>
            <numerusform>%1 — 超过 %2 天未更新视为“僵尸”，重叠度 ≥ %3，源自 %4，人工调整 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>--compare takes two scenario names: --compare A B</source>
        <translation>--compare 需要两个情景方案名称：--compare A B</translation>
    </message>
    <message>
        <source>there is no scenario named &apos;%1&apos; in %2</source>
        <translation>%2 中不存在名为“%1”的情景方案</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 → %3 items; %4: %5 → %6 items; %n item(s) differ</source>
        <translation>
            <numerusform>%1：%2 → %3 项；%4：%5 → %6 项；处置不同的共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Named scenarios: a policy profile and decisions of their own over the project&apos;s items; the plan itself (the baseline) is not changed by them. &apos;baseline&apos; (or &apos;plan&apos;) names the plan in --from and --compare.
Exit status: 0 success, 1 the project could not be read or written, 2 bad usage.</source>
        <translation>情景方案：在项目的同一台账上使用各自的政策参数和人工调整；情景方案不改变基线方案。在 --from 和 --compare 中用“baseline”（或“plan”）指代基线方案。
退出状态：0 成功，1 项目无法读取或写入，2 用法错误。</translation>
    </message>
    <message>
        <source>The second scenario of --compare.</source>
        <translation>--compare 的第二个情景方案。</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>项目文件。</translation>
    </message>
    <message>
        <source>List the scenarios.</source>
        <translation>列出情景方案。</translation>
    </message>
    <message>
        <source>Create a scenario.</source>
        <translation>新建情景方案。</translation>
    </message>
    <message>
        <source>Policy profile (JSON) of the new scenario.</source>
        <translation>新情景方案的政策参数（JSON）。</translation>
    </message>
    <message>
        <source>Copy the new scenario from this one (default: baseline).</source>
        <translation>以此情景方案为基础新建（默认：基线方案）。</translation>
    </message>
    <message>
        <source>Compare scenarios A and B.</source>
        <translation>比较情景方案 A 与 B。</translation>
    </message>
    <message>
        <source>Write the comparison as JSON.</source>
        <translation>将比较结果写为 JSON。</translation>
    </message>
    <message>
        <source>Make this scenario the plan.</source>
        <translation>将此情景方案确定为正式方案。</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>必须指定 --project P.slimplan</translation>
    </message>
    <message>
        <source>give exactly one of --list, --create, --compare, --promote</source>
        <translation>--list、--create、--compare、--promote 须且只能指定其一</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>Scenario %1 is now the plan.</source>
        <translation>情景方案 %1 已确定为正式方案。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be the name of a new scenario</source>
        <translation>“%1”不能用作新情景方案的名称</translation>
    </message>
    <message>
        <source>Created scenario %1.</source>
        <translation>已新建情景方案 %1。</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Survey</name>
    <message numerus="yes">
        <source>%1 — %2: %n item(s)</source>
        <translation>
            <numerusform>%1 — %2：%n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1 with %2 items.</source>
        <translation>
            <numerusform>已将 %n 份核查表写入 %1，共 %2 个事项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) name no unit (主办单位) and are in no sheet.</source>
        <translation>
            <numerusform>%n 个事项未填写主办单位，未列入任何核查表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes one survey sheet (核查表, .xlsx) per unit (owner) of the project: the unit&apos;s items pre-filled, a hidden identity column, drop-down lists, the missing facts marked, empty rows for new items and an instructions sheet. A returned sheet imports like any ledger and updates the same items. The sheets written are recorded in the project.
Exit status: 0 success, 1 the project or a sheet could not be read or written, 2 bad usage.</source>
        <translation>为项目中的每个单位（主办单位）生成一份核查表（.xlsx）：预先填入该单位的事项，含隐藏的识别码列、下拉列表、标出缺少的信息、供新增事项填写的空行和填写说明。交回的核查表可像普通台账一样导入，并更新相同的事项。生成的核查表记录在项目中。
退出状态：0 成功，1 无法读取项目或无法读写核查表，2 用法错误。</translation>
    </message>
    <message>
        <source>The project whose units to survey.</source>
        <translation>要生成核查表的项目。</translation>
    </message>
    <message>
        <source>The folder to write the sheets into (created if missing).</source>
        <translation>核查表的输出文件夹（不存在则创建）。</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>必须指定 --project P.slimplan</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>必须指定 --out DIR</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>No such project</source>
        <translation>项目文件不存在</translation>
    </message>
    <message>
        <source>The project holds no items: there is nothing to survey</source>
        <translation>项目中没有任何事项，无需生成核查表</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Track</name>
    <message>
        <source>use 未开始, 整改中, 已完成 or 已核验 (or planned, notified, in_progress, done, verified)</source>
        <translation>请填写 未开始、整改中、已完成 或 已核验（或 planned、notified、in_progress、done、verified）</translation>
    </message>
    <message>
        <source>--set needs ID=STATE, not &apos;%1&apos;</source>
        <translation>--set 需要 ID=状态，而不是“%1”</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>track: the project has no item &apos;%1&apos;; nothing was recorded.</source>
        <translation>track：项目中没有事项“%1”；未记录任何进度。</translation>
    </message>
    <message>
        <source>track: unknown state &apos;%1&apos; for %2: %3; nothing was recorded.</source>
        <translation>track：%2 的状态“%1”无法识别：%3；未记录任何进度。</translation>
    </message>
    <message>
        <source>The project has no item with the id %1</source>
        <translation>项目中没有编号为 %1 的事项</translation>
    </message>
    <message>
        <source>Several items are named %1; give the item&apos;s id</source>
        <translation>有多个事项名为 %1，请填写事项编号</translation>
    </message>
    <message>
        <source>The project has no item named %1</source>
        <translation>项目中没有名为 %1 的事项</translation>
    </message>
    <message>
        <source>Unknown progress &apos;%1&apos;: %2</source>
        <translation>无法识别的完成情况“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>No sheet with a 完成情况 column and an id or 名称 column: is this a returned 整改通知?</source>
        <translation>没有含“完成情况”列和 id 或“名称”列的工作表：这是退回的整改通知吗？</translation>
    </message>
    <message>
        <source>%1: %2 actions — planned %3, notified %4, in progress %5, done %6, verified %7; overdue %8</source>
        <translation>%1：应办事项 %2 项——已计划 %3，已通知 %4，整改中 %5，已完成 %6，已核验 %7；逾期 %8</translation>
    </message>
    <message>
        <source>(no unit given)</source>
        <translation>（未填单位）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked done are still in the later snapshot.</source>
        <translation>
            <numerusform>%n 个已标记完成的事项仍在后一次快照中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The project whose plan is carried out.</source>
        <translation>要跟踪其规划落实情况的项目。</translation>
    </message>
    <message>
        <source>Record a step: the item ID is now STATE (planned, notified, in_progress, done, verified). Repeatable.</source>
        <translation>记录一步进度：事项 ID 现为 STATE（planned、notified、in_progress、done、verified）。可重复。</translation>
    </message>
    <message>
        <source>The day of the step of the --set before it (before any --set: of every --set).</source>
        <translation>其前一个 --set 的进度日期（写在所有 --set 之前：适用于每个 --set）。</translation>
    </message>
    <message>
        <source>A note on the step of the --set before it.</source>
        <translation>其前一个 --set 的进度备注。</translation>
    </message>
    <message>
        <source>The name of an evidence file for the step of the --set before it.</source>
        <translation>其前一个 --set 的佐证材料文件名。</translation>
    </message>
    <message>
        <source>Read a unit&apos;s progress sheet (its returned notice: .xlsx, .ods, .csv with id or 名称 and 完成情况, 完成日期, 备注). Repeatable.</source>
        <translation>读取单位退回的进度表（即退回的整改通知：.xlsx、.ods、.csv，含 id 或“名称”以及“完成情况”“完成日期”“备注”）。可重复。</translation>
    </message>
    <message>
        <source>Write the progress by unit as JSON (&quot;-&quot; = stdout).</source>
        <translation>将各单位进度写为 JSON（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>Write the progress by unit and the overdue items as an Excel workbook.</source>
        <translation>将各单位进度和逾期事项写为 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Tracks the plan&apos;s actions item by item: planned, notified, in progress, done, verified. Records the steps of --set and of the --import sheets (all of them, or none when any id, state or row is wrong), then writes the progress by unit with the overdue items (deadline before --as-of, default today, and not done).
Problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</source>
        <translation>逐项跟踪规划的整改措施：已计划、已通知、整改中、已完成、已核验。记录 --set 和 --import 进度表中的各步进度（全部记录；任一编号、状态或行有误则全部不记录），然后按单位输出进度及逾期事项（期限早于 --as-of（默认今天）且未完成）。
问题以 FILE:SHEET:ROW:COLUMN: message 格式输出到标准错误。
退出状态：0 成功，1 输入有错误，2 用法错误。</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>必须指定 --project P.slimplan</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded.</source>
        <translation>
            <numerusform>已记录 %n 步进度。</numerusform>
        </translation>
    </message>
</context>
</TS>
