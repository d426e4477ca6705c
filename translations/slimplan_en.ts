<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Plans the slimming of government apps, public accounts and work groups.</source>
        <translation>Plans the slimming of government apps, public accounts and work groups.</translation>
    </message>
    <message>
        <source>Open the embedded demo region.</source>
        <translation>Open the embedded demo region.</translation>
    </message>
    <message>
        <source>A .slimplan project, or ledgers to import.</source>
        <translation>A .slimplan project, or ledgers to import.</translation>
    </message>
    <message>
        <source>Save screenshots to DIR once loaded, then quit.</source>
        <translation>Save screenshots to DIR once loaded, then quit.</translation>
    </message>
</context>
<context>
    <name>slimplan::BulkDecisionDialog</name>
    <message>
        <source>Set Action for Selection</source>
        <translation>Set Action for Selection</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected item(s)</source>
        <translation>
            <numerusform>The %n selected item</numerusform>
            <numerusform>The %n selected items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) the filter shows</source>
        <translation>
            <numerusform>The %n item the filter shows</numerusform>
            <numerusform>All %n items the filter shows</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Why these items get this action, for the report</source>
        <translation>Why these items get this action, for the report</translation>
    </message>
    <message>
        <source>No items to decide on: select rows in the table, or choose the rows the filter shows.</source>
        <translation>No items to decide on: select rows in the table, or choose the rows the filter shows.</translation>
    </message>
    <message>
        <source>Merge and migrate need a target: the item or platform the items go into.</source>
        <translation>Merge and migrate need a target: the item or platform the items go into.</translation>
    </message>
    <message>
        <source>The target is one of these items: an item cannot merge or migrate into itself.</source>
        <translation>The target is one of these items: an item cannot merge or migrate into itself.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Action for &amp;Selection…</source>
        <translation>Set Action for &amp;Selection…</translation>
    </message>
    <message>
        <source>Re&amp;vert Selection to Recommendation</source>
        <translation>Re&amp;vert Selection to Recommendation</translation>
    </message>
</context>
<context>
    <name>slimplan::BulkOverrideCommand</name>
    <message numerus="yes">
        <source>Revert %n item(s) to the recommendation</source>
        <translation>
            <numerusform>Revert %n item to the recommendation</numerusform>
            <numerusform>Revert %n items to the recommendation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>Set %n item to %1</numerusform>
            <numerusform>Set %n items to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slimplan::ChartFile</name>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Save chart as PNG or PDF…</source>
        <translation>Save chart as PNG or PDF…</translation>
    </message>
</context>
<context>
    <name>slimplan::ChartsPanel</name>
    <message>
        <source>Before and after, by kind</source>
        <translation>Before and after, by kind</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Before and after, by level</source>
        <translation>Before and after, by level</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Owners with the most items</source>
        <translation>Owners with the most items</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Reduction: this plan and Sichuan&apos;s published figures</source>
        <translation>Reduction: this plan and Sichuan&apos;s published figures</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>This plan</translation>
    </message>
    <message>
        <source>Sichuan 2024–2025</source>
        <translation>Sichuan 2024–2025</translation>
    </message>
    <message>
        <source>Reduction (%)</source>
        <translation>Reduction (%)</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareCharts</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Planned reduction by kind, per region</source>
        <translation>Planned reduction by kind, per region</translation>
    </message>
    <message>
        <source>Sichuan %1</source>
        <translation>Sichuan %1</translation>
    </message>
    <message>
        <source>Sichuan 2024–2025 (line to beat)</source>
        <translation>Sichuan 2024–2025 (line to beat)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reduction (%)</source>
        <translation>Reduction (%)</translation>
    </message>
    <message>
        <source>Regions ranked by total reduction</source>
        <translation>Regions ranked by total reduction</translation>
    </message>
    <message>
        <source>Beats Sichuan&apos;s %1</source>
        <translation>Beats Sichuan&apos;s %1</translation>
    </message>
    <message>
        <source>Below it</source>
        <translation>Below it</translation>
    </message>
    <message>
        <source>Total reduction (%)</source>
        <translation>Total reduction (%)</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareLoader</name>
    <message>
        <source>Splitting the regions</source>
        <translation>Splitting the regions</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>the project holds no items</source>
        <translation>the project holds no items</translation>
    </message>
    <message>
        <source>Planning %1</source>
        <translation>Planning %1</translation>
    </message>
    <message>
        <source>Reading snapshot %1</source>
        <translation>Reading snapshot %1</translation>
    </message>
    <message>
        <source>Planning the baseline</source>
        <translation>Planning the baseline</translation>
    </message>
    <message>
        <source>Comparing the snapshots</source>
        <translation>Comparing the snapshots</translation>
    </message>
    <message>
        <source>No item could be imported.</source>
        <translation>No item could be imported.</translation>
    </message>
    <message>
        <source>Could not select the snapshot.</source>
        <translation>Could not select the snapshot.</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareModel</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
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
            <numerusform>%n leaving item has no known cost: the saving is a lower bound.</numerusform>
            <numerusform>%n leaving items have no known cost: the saving is a lower bound.</numerusform>
        </translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>Level unknown</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>Reduction: %1</source>
        <translation>Reduction: %1</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Cost saved (10k CNY/yr)</source>
        <translation>Cost saved (10k CNY/yr)</translation>
    </message>
    <message>
        <source>Data items before</source>
        <translation>Data items before</translation>
    </message>
    <message>
        <source>Data items after</source>
        <translation>Data items after</translation>
    </message>
</context>
<context>
    <name>slimplan::CompareWindow</name>
    <message>
        <source>Compare Regions and Progress — SlimPlan</source>
        <translation>Compare Regions and Progress — SlimPlan</translation>
    </message>
    <message>
        <source>Add Projects…</source>
        <translation>Add Projects…</translation>
    </message>
    <message>
        <source>Add the regions of other project files (.slimplan); you may also drop them here.</source>
        <translation>Add the regions of other project files (.slimplan); you may also drop them here.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected regions from the comparison</source>
        <translation>Remove the selected regions from the comparison</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Include the open project</source>
        <translation>Include the open project</translation>
    </message>
    <message>
        <source>Save Chart by Kind…</source>
        <translation>Save Chart by Kind…</translation>
    </message>
    <message>
        <source>Save Ranking Chart…</source>
        <translation>Save Ranking Chart…</translation>
    </message>
    <message>
        <source>Import as Snapshot…</source>
        <translation>Import as Snapshot…</translation>
    </message>
    <message>
        <source>Compare regions</source>
        <translation>Compare regions</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Progress over time</translation>
    </message>
    <message>
        <source>Add project files to compare (Ctrl+O) or drop them here.</source>
        <translation>Add project files to compare (Ctrl+O) or drop them here.</translation>
    </message>
    <message>
        <source>Comparing the open project</source>
        <translation>Comparing the open project</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n project(s)</source>
        <translation>
            <numerusform>Reading %n project</numerusform>
            <numerusform>Reading %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the snapshots</source>
        <translation>Reading the snapshots</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) compared.</source>
        <translation>
            <numerusform>%n region compared.</numerusform>
            <numerusform>%n regions compared.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Projects to Compare</source>
        <translation>Add Projects to Compare</translation>
    </message>
    <message>
        <source>SlimPlan projects (*.slimplan);;All files (*)</source>
        <translation>SlimPlan projects (*.slimplan);;All files (*)</translation>
    </message>
    <message>
        <source>Please wait for the running task to finish.</source>
        <translation>Please wait for the running task to finish.</translation>
    </message>
    <message>
        <source>Importing snapshot %1</source>
        <translation>Importing snapshot %1</translation>
    </message>
    <message>
        <source>Imported the snapshot &quot;%1&quot;.</source>
        <translation>Imported the snapshot &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Save the plan as a project first (File → Save As…).</source>
        <translation>Save the plan as a project first (File → Save As…).</translation>
    </message>
    <message>
        <source>Import as Snapshot</source>
        <translation>Import as Snapshot</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Ledgers (*.xlsx *.csv *.tsv *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Label of the snapshot (the moment of the ledger):</source>
        <translation>Label of the snapshot (the moment of the ledger):</translation>
    </message>
    <message>
        <source>Only project files (.slimplan) can be compared: import ledgers into a project first.</source>
        <translation>Only project files (.slimplan) can be compared: import ledgers into a project first.</translation>
    </message>
</context>
<context>
    <name>slimplan::Confidence</name>
    <message>
        <source>owning unit</source>
        <translation>owning unit</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>functions</translation>
    </message>
    <message>
        <source>last active date</source>
        <translation>last active date</translation>
    </message>
    <message>
        <source>posts in 90 days</source>
        <translation>posts in 90 days</translation>
    </message>
    <message>
        <source>monthly active users</source>
        <translation>monthly active users</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shared function(s)</source>
        <translation>
            <numerusform>%n shared function</numerusform>
            <numerusform>%n shared functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared data item(s)</source>
        <translation>
            <numerusform>%n shared data item</numerusform>
            <numerusform>%n shared data items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared member(s)</source>
        <translation>
            <numerusform>%n shared member</numerusform>
            <numerusform>%n shared members</numerusform>
        </translation>
    </message>
    <message>
        <source>overlap rests on names only</source>
        <translation>overlap rests on names only</translation>
    </message>
    <message>
        <source>overlap rests on %1</source>
        <translation>overlap rests on %1</translation>
    </message>
    <message>
        <source>Confidence %1, completeness %2%</source>
        <translation>Confidence %1, completeness %2%</translation>
    </message>
</context>
<context>
    <name>slimplan::CsvExport</name>
    <message>
        <source>Writing the CSV failed: %1</source>
        <translation>Writing the CSV failed: %1</translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation>Writing CSV</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>slimplan::CsvReader</name>
    <message>
        <source>The file starts with a UTF-8 byte-order mark but is not UTF-8; read as %1</source>
        <translation>The file starts with a UTF-8 byte-order mark but is not UTF-8; read as %1</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”</source>
        <translation>Unknown encoding “%1”</translation>
    </message>
    <message>
        <source>This is not a text file (it holds binary data); save the ledger as .xlsx or .csv (UTF-8) and import again</source>
        <translation>This is not a text file (it holds binary data); save the ledger as .xlsx or .csv (UTF-8) and import again</translation>
    </message>
    <message>
        <source>NUL characters removed from the cell</source>
        <translation>NUL characters removed from the cell</translation>
    </message>
    <message>
        <source>Some bytes of this cell are not valid %1; they were replaced by �</source>
        <translation>Some bytes of this cell are not valid %1; they were replaced by �</translation>
    </message>
    <message>
        <source>Line %1: a quote opened here is never closed</source>
        <translation>Line %1: a quote opened here is never closed</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters</source>
        <translation>Line %1: a field is longer than %2 characters</translation>
    </message>
    <message>
        <source>Line %1: more than %2 cells in one row</source>
        <translation>Line %1: more than %2 cells in one row</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is longer than %2 characters; is its closing quote missing?</source>
        <translation>Line %1: a quoted field is longer than %2 characters; is its closing quote missing?</translation>
    </message>
</context>
<context>
    <name>slimplan::DecisionLogModel</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Merge into %1</translation>
    </message>
    <message>
        <source>Migrate to %1</source>
        <translation>Migrate to %1</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>Baseline plan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
<context>
    <name>slimplan::DecisionLogPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <source>Filter by item, who, action or reason</source>
        <translation>Filter by item, who, action or reason</translation>
    </message>
</context>
<context>
    <name>slimplan::DetailPane</name>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Select an item to see its details.</translation>
    </message>
    <message>
        <source>Accepted by %1 on %2</source>
        <translation>Accepted by %1 on %2</translation>
    </message>
    <message>
        <source>Overridden by %1 on %2 (recommended: %3). Reason: %4</source>
        <translation>Overridden by %1 on %2 (recommended: %3). Reason: %4</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Active users</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Posts in 90 days</source>
        <translation>Posts in 90 days</translation>
    </message>
    <message>
        <source>Annual cost (10k CNY)</source>
        <translation>Annual cost (10k CNY)</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Launched</translation>
    </message>
    <message>
        <source>Filing no.</source>
        <translation>Filing no.</translation>
    </message>
    <message>
        <source>not filed</source>
        <translation>not filed</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No rule applies.</source>
        <translation>No rule applies.</translation>
    </message>
    <message>
        <source>Overlaps with</source>
        <translation>Overlaps with</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported at (%n)</source>
        <translation>
            <numerusform>Reported at (%n)</numerusform>
            <numerusform>Reported at (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Not imported from a file (entered by hand or made by the demo).</source>
        <translation>Not imported from a file (entered by hand or made by the demo).</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>confidence %1%</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message numerus="yes">
        <source>Family (%n members)</source>
        <translation>
            <numerusform>Family (%n member)</numerusform>
            <numerusform>Family (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is the survivor: the others fold into it.</source>
        <translation>This item is the survivor: the others fold into it.</translation>
    </message>
    <message>
        <source>Survivor:</source>
        <translation>Survivor:</translation>
    </message>
    <message>
        <source>Other members:</source>
        <translation>Other members:</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Decision history</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>No decision recorded: the recommendation stands.</source>
        <translation>No decision recorded: the recommendation stands.</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Decision log</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Merge into %1</translation>
    </message>
    <message>
        <source>Migrate to %1</source>
        <translation>Migrate to %1</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>revert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
</context>
<context>
    <name>slimplan::DiffEntryModel</name>
    <message>
        <source>In the baseline as %1</source>
        <translation>In the baseline as %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>Baseline plan</translation>
    </message>
</context>
<context>
    <name>slimplan::Document</name>
    <message>
        <source>The project has no file yet.</source>
        <translation>The project has no file yet.</translation>
    </message>
    <message>
        <source>The decision could not be written to %1, so it was not made: %2</source>
        <translation>The decision could not be written to %1, so it was not made: %2</translation>
    </message>
    <message>
        <source>%1 was saved but cannot be opened again: %2</source>
        <translation>%1 was saved but cannot be opened again: %2</translation>
    </message>
    <message>
        <source>Scenarios live in a project file: save the project first.</source>
        <translation>Scenarios live in a project file: save the project first.</translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; could not be planned.</source>
        <translation>The scenario &apos;%1&apos; could not be planned.</translation>
    </message>
    <message>
        <source>Only a named scenario of a saved project can be promoted.</source>
        <translation>Only a named scenario of a saved project can be promoted.</translation>
    </message>
</context>
<context>
    <name>slimplan::DocxWriter</name>
    <message>
        <source>cannot create the document</source>
        <translation>cannot create the document</translation>
    </message>
    <message>
        <source>cannot write the document</source>
        <translation>cannot write the document</translation>
    </message>
</context>
<context>
    <name>slimplan::FamilyModel</name>
    <message numerus="yes">
        <source>The cost of %n leaving item(s) is unknown: the saving is at least this much.</source>
        <translation>
            <numerusform>The cost of %n leaving item is unknown: the saving is at least this much.</numerusform>
            <numerusform>The cost of %n leaving items is unknown: the saving is at least this much.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3) keeps; %n item(s) fold into it</source>
        <translation>
            <numerusform>%1 (%2, %3) keeps; %n item folds into it</numerusform>
            <numerusform>%1 (%2, %3) keeps; %n items fold into it</numerusform>
        </translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Folded in</source>
        <translation>Folded in</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>The item the family keeps</source>
        <translation>The item the family keeps</translation>
    </message>
    <message>
        <source>Items in the family, the survivor included</source>
        <translation>Items in the family, the survivor included</translation>
    </message>
    <message>
        <source>Items that merge or migrate into the survivor</source>
        <translation>Items that merge or migrate into the survivor</translation>
    </message>
    <message>
        <source>Yearly cost of the items that leave, in 10,000 CNY</source>
        <translation>Yearly cost of the items that leave, in 10,000 CNY</translation>
    </message>
</context>
<context>
    <name>slimplan::FieldMap</name>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>slimplan::FileController</name>
    <message>
        <source>SlimPlan</source>
        <translation>SlimPlan</translation>
    </message>
    <message>
        <source>%1 items imported from %2 rows; %3 errors, %4 warnings.</source>
        <translation>%1 items imported from %2 rows; %3 errors, %4 warnings.</translation>
    </message>
    <message numerus="yes">
        <source>%n items loaded.</source>
        <translation>
            <numerusform>%n item loaded.</numerusform>
            <numerusform>%n items loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <source>Please wait for the running task to finish.</source>
        <translation>Please wait for the running task to finish.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Opening the demo region</source>
        <translation>Opening the demo region</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>SlimPlan projects (*.slimplan);;All files (*)</source>
        <translation>SlimPlan projects (*.slimplan);;All files (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <source>SlimPlan projects (*.slimplan)</source>
        <translation>SlimPlan projects (*.slimplan)</translation>
    </message>
    <message>
        <source>The plan has decisions that are not saved in a project. Save them?</source>
        <translation>The plan has decisions that are not saved in a project. Save them?</translation>
    </message>
    <message>
        <source>Export Plan as PDF</source>
        <translation>Export Plan as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing PDF</source>
        <translation>Writing PDF</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export Plan as Excel</source>
        <translation>Export Plan as Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing Excel workbook</source>
        <translation>Writing Excel workbook</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Finding overlaps</source>
        <translation>Finding overlaps</translation>
    </message>
    <message>
        <source>Recovering unsaved work</source>
        <translation>Recovering unsaved work</translation>
    </message>
    <message>
        <source>Recovered the unsaved work; save it to keep it.</source>
        <translation>Recovered the unsaved work; save it to keep it.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>Saving %1</translation>
    </message>
    <message>
        <source>Saving failed.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <source>Saving was cancelled; the file is unchanged.</source>
        <translation>Saving was cancelled; the file is unchanged.</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet (a re-plan or another policy profile). Save them?</source>
        <translation>%1 has changes that are not saved yet (a re-plan or another policy profile). Save them?</translation>
    </message>
    <message>
        <source>Export Plan as CSV</source>
        <translation>Export Plan as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation>Writing CSV</translation>
    </message>
    <message>
        <source>%1 items imported from %2 rows (%3 rows folded into items reported earlier); %4 errors, %5 warnings.</source>
        <translation>%1 items imported from %2 rows (%3 rows folded into items reported earlier); %4 errors, %5 warnings.</translation>
    </message>
    <message>
        <source>Import Folder of Returns</source>
        <translation>Import Folder of Returns</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Importing into %1</translation>
    </message>
</context>
<context>
    <name>slimplan::FontSettingsDialog</name>
    <message>
        <source>Title (%1):</source>
        <translation>Title (%1):</translation>
    </message>
    <message>
        <source>Body (%1):</source>
        <translation>Body (%1):</translation>
    </message>
    <message>
        <source>Second-level headings (%1):</source>
        <translation>Second-level headings (%1):</translation>
    </message>
    <message>
        <source>First-level headings (%1):</source>
        <translation>First-level headings (%1):</translation>
    </message>
    <message>
        <source>Page numbers and tables (%1):</source>
        <translation>Page numbers and tables (%1):</translation>
    </message>
    <message>
        <source>Document Fonts</source>
        <translation>Document Fonts</translation>
    </message>
    <message>
        <source>Official documents use the official fonts when they are installed. Otherwise a font from a Debian package stands in; every font must pass the text-extraction check (用/身/方 searchable in the PDF).</source>
        <translation>Official documents use the official fonts when they are installed. Otherwise a font from a Debian package stands in; every font must pass the text-extraction check (用/身/方 searchable in the PDF).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Uses %1 in place of %2.</source>
        <translation>Uses %1 in place of %2.</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>Uses %1.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refused: %1.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Warning: %1.</translation>
    </message>
</context>
<context>
    <name>slimplan::Generator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>slimplan::GraphView</name>
    <message>
        <source>%1 overlaps with no other item</source>
        <translation>%1 overlaps with no other item</translation>
    </message>
    <message>
        <source>No merge families here. Select an item to see what it overlaps with.</source>
        <translation>No merge families here. Select an item to see what it overlaps with.</translation>
    </message>
    <message>
        <source>Open a region to see its merge families here.</source>
        <translation>Open a region to see its merge families here.</translation>
    </message>
    <message>
        <source>Select a family in the list or an item in the table to see its overlaps.</source>
        <translation>Select a family in the list or an item in the table to see its overlaps.</translation>
    </message>
    <message numerus="yes">
        <source>Family of %1: %n items</source>
        <translation>
            <numerusform>Family of %1: %n item</numerusform>
            <numerusform>Family of %1: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fold into it</source>
        <translation>
            <numerusform>%n folds into it</numerusform>
            <numerusform>%n fold into it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n closest shown</source>
        <translation>
            <numerusform>the %n closest shown</numerusform>
            <numerusform>the %n closest shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and the %n item(s) it overlaps with</source>
        <translation>
            <numerusform>%1 and the %n item it overlaps with</numerusform>
            <numerusform>%1 and the %n items it overlaps with</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slimplan::ImportFilesModel</name>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>no items reported</source>
        <translation>no items reported</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Folded</source>
        <translation>Folded</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>slimplan::ImportWizard</name>
    <message>
        <source>%1 rows read, %2 items can be imported; %3 errors, %4 warnings.</source>
        <translation>%1 rows read, %2 items can be imported; %3 errors, %4 warnings.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Add Files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Text encoding:</translation>
    </message>
    <message>
        <source>Choose Ledgers</source>
        <translation>Choose Ledgers</translation>
    </message>
    <message>
        <source>Add at least one ledger file.</source>
        <translation>Add at least one ledger file.</translation>
    </message>
    <message>
        <source>(keep as extra attribute)</source>
        <translation>(keep as extra attribute)</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <source>Encoding: %1. </source>
        <translation>Encoding: %1. </translation>
    </message>
    <message>
        <source>No header row recognised. </source>
        <translation>No header row recognised. </translation>
    </message>
    <message>
        <source>Missing required columns: %1</source>
        <translation>Missing required columns: %1</translation>
    </message>
    <message>
        <source>Reading the ledgers…</source>
        <translation>Reading the ledgers…</translation>
    </message>
    <message>
        <source>Import Ledgers</source>
        <translation>Import Ledgers</translation>
    </message>
    <message>
        <source>Choose the ledger files</source>
        <translation>Choose the ledger files</translation>
    </message>
    <message>
        <source>Check how the columns were read</source>
        <translation>Check how the columns were read</translation>
    </message>
    <message>
        <source>The header row is highlighted. Map unknown columns by hand on the right.</source>
        <translation>The header row is highlighted. Map unknown columns by hand on the right.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Rows with errors are left out. Click Import to keep the good rows, or Cancel to change nothing.</source>
        <translation>Rows with errors are left out. Click Import to keep the good rows, or Cancel to change nothing.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Add Folder…</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Ledgers (*.xlsx *.xls *.ods *.csv *.tsv *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a Folder of Returns</source>
        <translation>Choose a Folder of Returns</translation>
    </message>
    <message>
        <source>Issues of all files:</source>
        <translation>Issues of all files:</translation>
    </message>
    <message>
        <source>Issues of %1:</source>
        <translation>Issues of %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n files: </source>
        <translation>
            <numerusform>%n file: </numerusform>
            <numerusform>%n files: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows reported an item already reported in another row or return and were folded into it.</source>
        <translation>
            <numerusform>%n row reported an item already reported in another row or return and was folded into it.</numerusform>
            <numerusform>%n rows reported an item already reported in another row or return and were folded into it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other files in the folder were skipped.</source>
        <translation>
            <numerusform>%n other file in the folder was skipped.</numerusform>
            <numerusform>%n other files in the folder were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files in the folder were skipped (not ledgers): %1</source>
        <translation>
            <numerusform>%n file in the folder was skipped (not a ledger): %1</numerusform>
            <numerusform>%n files in the folder were skipped (not ledgers): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are imported into a new project.</source>
        <translation>Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are imported into a new project.</translation>
    </message>
    <message>
        <source>Files (select one to see only its issues):</source>
        <translation>Files (select one to see only its issues):</translation>
    </message>
    <message>
        <source>Show All Issues</source>
        <translation>Show All Issues</translation>
    </message>
    <message>
        <source>Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are added to %1.</source>
        <translation>Excel workbooks, CSV/TSV or JSON files, or folders of returns; they are added to %1.</translation>
    </message>
    <message>
        <source>Add to the open project %1 (its items are updated by identity; items a unit no longer lists are marked, never deleted)</source>
        <translation>Add to the open project %1 (its items are updated by identity; items a unit no longer lists are marked, never deleted)</translation>
    </message>
    <message>
        <source>What the returns change</source>
        <translation>What the returns change</translation>
    </message>
    <message>
        <source>Per unit: new, changed, unchanged and no longer listed items. Expand a unit to see each change. Click Import to apply them, or Cancel to change nothing.</source>
        <translation>Per unit: new, changed, unchanged and no longer listed items. Expand a unit to see each change. Click Import to apply them, or Cancel to change nothing.</translation>
    </message>
</context>
<context>
    <name>slimplan::Importer</name>
    <message>
        <source>save it as .xlsx or .csv (UTF-8) and import again</source>
        <translation>save it as .xlsx or .csv (UTF-8) and import again</translation>
    </message>
    <message>
        <source>Required column “kind” is missing (accepted headers: %1), and neither the sheet nor the file name says the kind; file not imported</source>
        <translation>Required column “kind” is missing (accepted headers: %1), and neither the sheet nor the file name says the kind; file not imported</translation>
    </message>
    <message>
        <source>Required column “%1” is missing (accepted headers: %2); file not imported</source>
        <translation>Required column “%1” is missing (accepted headers: %2); file not imported</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Reading %1, sheet %2</source>
        <translation>Reading %1, sheet %2</translation>
    </message>
    <message>
        <source>Unknown field “%1” in the manual column mapping; ignored</source>
        <translation>Unknown field “%1” in the manual column mapping; ignored</translation>
    </message>
    <message>
        <source>A second column for “%1”; kept as an extra attribute</source>
        <translation>A second column for “%1”; kept as an extra attribute</translation>
    </message>
    <message>
        <source>Unknown column; kept as an extra attribute</source>
        <translation>Unknown column; kept as an extra attribute</translation>
    </message>
    <message>
        <source>Duplicate id “%1” (first used at %2); row not imported</source>
        <translation>Duplicate id “%1” (first used at %2); row not imported</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) below the total row were not imported</source>
        <translation>
            <numerusform>%n row below the total row was not imported</numerusform>
            <numerusform>%n rows below the total row were not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>No header row in the first %1 rows: the header needs a name column (名称, 应用名称, …) and at least one other known column; file not imported</source>
        <translation>No header row in the first %1 rows: the header needs a name column (名称, 应用名称, …) and at least one other known column; file not imported</translation>
    </message>
    <message>
        <source>The file is empty; file not imported</source>
        <translation>The file is empty; file not imported</translation>
    </message>
    <message>
        <source>Sheet skipped: no header row with a name column</source>
        <translation>Sheet skipped: no header row with a name column</translation>
    </message>
    <message>
        <source>The file has no data rows; file not imported</source>
        <translation>The file has no data rows; file not imported</translation>
    </message>
    <message>
        <source>No row of the file could be imported; file not imported</source>
        <translation>No row of the file could be imported; file not imported</translation>
    </message>
    <message>
        <source>The file does not exist</source>
        <translation>The file does not exist</translation>
    </message>
    <message>
        <source>This is a folder, not a file</source>
        <translation>This is a folder, not a file</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a text file, despite its name; rename it to .xlsx, or %1</source>
        <translation>This is an Excel workbook, not a text file, despite its name; rename it to .xlsx, or %1</translation>
    </message>
    <message>
        <source>This is not an .xlsx workbook despite its name; %1</source>
        <translation>This is not an .xlsx workbook despite its name; %1</translation>
    </message>
    <message>
        <source>The .%1 format cannot be read; %2</source>
        <translation>The .%1 format cannot be read; %2</translation>
    </message>
    <message>
        <source>Unsupported file type .%1; %2</source>
        <translation>Unsupported file type .%1; %2</translation>
    </message>
    <message>
        <source>No header row found: map the columns by hand</source>
        <translation>No header row found: map the columns by hand</translation>
    </message>
    <message>
        <source>Required column “owner” is missing (accepted headers: %1), and no 填报单位：… line above the header names the unit; file not imported</source>
        <translation>Required column “owner” is missing (accepted headers: %1), and no 填报单位：… line above the header names the unit; file not imported</translation>
    </message>
    <message>
        <source>the same 备案编号 %1</source>
        <translation>the same 备案编号 %1</translation>
    </message>
    <message>
        <source>the same id %1</source>
        <translation>the same id %1</translation>
    </message>
    <message>
        <source>the same kind, owner, name and platform</source>
        <translation>the same kind, owner, name and platform</translation>
    </message>
    <message>
        <source>Reported already at %1 (%2): folded into “%3”, this row kept as a further source</source>
        <translation>Reported already at %1 (%2): folded into “%3”, this row kept as a further source</translation>
    </message>
    <message>
        <source>No items reported: the return says the unit has none</source>
        <translation>No items reported: the return says the unit has none</translation>
    </message>
    <message>
        <source>This is a WPS Spreadsheets (.et) file; in WPS use 另存为 (Save As) and choose .xlsx or .xls, then import that file</source>
        <translation>This is a WPS Spreadsheets (.et) file; in WPS use 另存为 (Save As) and choose .xlsx or .xls, then import that file</translation>
    </message>
    <message>
        <source>Not a ledger file (.xlsx, .xls, .ods, .csv, .json); skipped</source>
        <translation>Not a ledger file (.xlsx, .xls, .ods, .csv, .json); skipped</translation>
    </message>
    <message>
        <source>The folder holds no ledger file</source>
        <translation>The folder holds no ledger file</translation>
    </message>
</context>
<context>
    <name>slimplan::InventoryPage</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 of %2 items</translation>
    </message>
    <message>
        <source>Search name, owner or ID (Ctrl+F)</source>
        <translation>Search name, owner or ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any change (not keep)</source>
        <translation>Any change (not keep)</translation>
    </message>
    <message>
        <source>Leaving the count (merge, migrate, shut down)</source>
        <translation>Leaving the count (merge, migrate, shut down)</translation>
    </message>
    <message>
        <source>Staying (keep, rectify)</source>
        <translation>Staying (keep, rectify)</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Needs checking</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Low confidence</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Needs chec&amp;king</source>
        <translation>Needs chec&amp;king</translation>
    </message>
    <message>
        <source>Only items missing facts the rules read, or recommended with low confidence and not yet decided</source>
        <translation>Only items missing facts the rules read, or recommended with low confidence and not yet decided</translation>
    </message>
</context>
<context>
    <name>slimplan::ItemTableModel</name>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Active users</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Annual cost (10k CNY)</source>
        <translation>Annual cost (10k CNY)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
</context>
<context>
    <name>slimplan::JsonReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at byte %2)</source>
        <translation>Not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>The JSON file holds an object; expected an array of objects ([{&quot;name&quot;: …, &quot;kind&quot;: …, &quot;owner&quot;: …}, …])</source>
        <translation>The JSON file holds an object; expected an array of objects ([{&quot;name&quot;: …, &quot;kind&quot;: …, &quot;owner&quot;: …}, …])</translation>
    </message>
    <message>
        <source>Element [%1] is not an object; skipped</source>
        <translation>Element [%1] is not an object; skipped</translation>
    </message>
    <message>
        <source>Nested arrays or objects in a list were ignored</source>
        <translation>Nested arrays or objects in a list were ignored</translation>
    </message>
    <message>
        <source>An object where a value was expected; ignored</source>
        <translation>An object where a value was expected; ignored</translation>
    </message>
</context>
<context>
    <name>slimplan::Labels</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Public account</source>
        <translation>Public account</translation>
    </message>
    <message>
        <source>Work group</source>
        <translation>Work group</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Rectify</source>
        <translation>Rectify</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Shut down</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Points ranking</source>
        <translation>Points ranking</translation>
    </message>
    <message>
        <source>Online-time statistics</source>
        <translation>Online-time statistics</translation>
    </message>
    <message>
        <source>Forced download</source>
        <translation>Forced download</translation>
    </message>
    <message>
        <source>Likes/forwards/votes as assessment</source>
        <translation>Likes/forwards/votes as assessment</translation>
    </message>
    <message>
        <source>Study time as assessment</source>
        <translation>Study time as assessment</translation>
    </message>
    <message>
        <source>Mandatory work-photo upload</source>
        <translation>Mandatory work-photo upload</translation>
    </message>
    <message>
        <source>Assigned follows</source>
        <translation>Assigned follows</translation>
    </message>
    <message>
        <source>Commercial activity</source>
        <translation>Commercial activity</translation>
    </message>
    <message>
        <source>No feedback function</source>
        <translation>No feedback function</translation>
    </message>
    <message>
        <source>No IPv6</source>
        <translation>No IPv6</translation>
    </message>
    <message>
        <source>Temporary group</source>
        <translation>Temporary group</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
</context>
<context>
    <name>slimplan::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>&amp;Import Ledgers…</source>
        <translation>&amp;Import Ledgers…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Region</source>
        <translation>Open the &amp;Demo Region</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Export Plan as &amp;PDF…</source>
        <translation>Export Plan as &amp;PDF…</translation>
    </message>
    <message>
        <source>Export Plan as E&amp;xcel…</source>
        <translation>Export Plan as E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export Plan as &amp;CSV…</source>
        <translation>Export Plan as &amp;CSV…</translation>
    </message>
    <message>
        <source>Save C&amp;harts…</source>
        <translation>Save C&amp;harts…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Accept Recommendation</source>
        <translation>&amp;Accept Recommendation</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Override…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Recommendation</source>
        <translation>Re&amp;vert to Recommendation</translation>
    </message>
    <message>
        <source>&amp;Re-plan</source>
        <translation>&amp;Re-plan</translation>
    </message>
    <message>
        <source>Policy &amp;Profile…</source>
        <translation>Policy &amp;Profile…</translation>
    </message>
    <message>
        <source>Zoom &amp;In (graph)</source>
        <translation>Zoom &amp;In (graph)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out (graph)</source>
        <translation>Zoom &amp;Out (graph)</translation>
    </message>
    <message>
        <source>&amp;About SlimPlan</source>
        <translation>&amp;About SlimPlan</translation>
    </message>
    <message>
        <source>&amp;Compare Regions…</source>
        <translation>&amp;Compare Regions…</translation>
    </message>
    <message>
        <source>Pro&amp;gress Over Time…</source>
        <translation>Pro&amp;gress Over Time…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Go To</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventory</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>&amp;Regions Panel</source>
        <translation>&amp;Regions Panel</translation>
    </message>
    <message>
        <source>&amp;Details Panel</source>
        <translation>&amp;Details Panel</translation>
    </message>
    <message>
        <source>Overlap &amp;Graph Panel</source>
        <translation>Overlap &amp;Graph Panel</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Next Pane</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Pre&amp;vious Pane</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <source>Export &amp;Survey Sheets…</source>
        <translation>Export &amp;Survey Sheets…</translation>
    </message>
    <message>
        <source>&amp;Returns</source>
        <translation>&amp;Returns</translation>
    </message>
    <message>
        <source>Set Action for &amp;Selection…</source>
        <translation>Set Action for &amp;Selection…</translation>
    </message>
    <message>
        <source>Write &amp;Notices…</source>
        <translation>Write &amp;Notices…</translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation>&amp;Tracking</translation>
    </message>
    <message>
        <source>Decision &amp;Log</source>
        <translation>Decision &amp;Log</translation>
    </message>
    <message>
        <source>&amp;Pre-check a Proposed App…</source>
        <translation>&amp;Pre-check a Proposed App…</translation>
    </message>
    <message>
        <source>Document &amp;Fonts…</source>
        <translation>Document &amp;Fonts…</translation>
    </message>
</context>
<context>
    <name>slimplan::MainWindow</name>
    <message>
        <source>About SlimPlan</source>
        <translation>About SlimPlan</translation>
    </message>
    <message>
        <source>&lt;b&gt;SlimPlan %1&lt;/b&gt;&lt;p&gt;Plans the slimming of a region&apos;s government apps, public accounts and work groups.&lt;/p&gt;</source>
        <translation>&lt;b&gt;SlimPlan %1&lt;/b&gt;&lt;p&gt;Plans the slimming of a region&apos;s government apps, public accounts and work groups.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Re-planned.</source>
        <translation>Re-planned.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Overlap graph</source>
        <translation>Overlap graph</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>No region</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (not saved)</translation>
    </message>
    <message>
        <source>SlimPlan</source>
        <translation>SlimPlan</translation>
    </message>
    <message>
        <source>Recover unsaved work from %1?</source>
        <translation>Recover unsaved work from %1?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O), import ledgers (Ctrl+I) or a folder of returns (Ctrl+Shift+I), or drop files or folders here.</source>
        <translation>Open a project (Ctrl+O), import ledgers (Ctrl+I) or a folder of returns (Ctrl+Shift+I), or drop files or folders here.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Decision Log</source>
        <translation>Decision Log</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
</context>
<context>
    <name>slimplan::NewScenarioDialog</name>
    <message>
        <source>New Scenario</source>
        <translation>New Scenario</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>Baseline plan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Start from:</translation>
    </message>
    <message>
        <source>&amp;Zombie after:</source>
        <translation>&amp;Zombie after:</translation>
    </message>
    <message>
        <source>&amp;Overlap threshold:</source>
        <translation>&amp;Overlap threshold:</translation>
    </message>
    <message>
        <source>This name is taken.</source>
        <translation>This name is taken.</translation>
    </message>
</context>
<context>
    <name>slimplan::NoticeFiles</name>
    <message>
        <source>Notices as .%1 are not available yet.</source>
        <translation>Notices as .%1 are not available yet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Writing notices</source>
        <translation>Writing notices</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>slimplan::NoticesDialog</name>
    <message>
        <source>Write Notices</source>
        <translation>Write Notices</translation>
    </message>
    <message>
        <source>_notices</source>
        <translation>_notices</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Folder for the Notices</source>
        <translation>Folder for the Notices</translation>
    </message>
    <message>
        <source>PDF notice</source>
        <translation>PDF notice</translation>
    </message>
    <message>
        <source>Progress sheet for the unit (.xlsx)</source>
        <translation>Progress sheet for the unit (.xlsx)</translation>
    </message>
    <message>
        <source>Word document (.docx) — not available yet</source>
        <translation>Word document (.docx) — not available yet</translation>
    </message>
    <message>
        <source>One date for all:</source>
        <translation>One date for all:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Latest deadline</source>
        <translation>Latest deadline</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Per action kind: shut down within %1 days, merge %2, migrate %3, rectify %4</source>
        <translation>Per action kind: shut down within %1 days, merge %2, migrate %3, rectify %4</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to act on.</source>
        <translation>
            <numerusform>%n item to act on.</numerusform>
            <numerusform>%n items to act on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no unit and are in no notice.</source>
        <translation>
            <numerusform>%n item has no unit and is in no notice.</numerusform>
            <numerusform>%n items have no unit and are in no notice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the notices.</source>
        <translation>Choose a folder for the notices.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 of %2 notices written to %3.</source>
        <translation>%1 of %2 notices written to %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Notices are recorded in the project file, and the items are tracked there: save the project first (File ▸ Save As…).</source>
        <translation>Notices are recorded in the project file, and the items are tracked there: save the project first (File ▸ Save As…).</translation>
    </message>
    <message>
        <source>The project has unsaved changes: save it first, so that the notices and the project agree.</source>
        <translation>The project has unsaved changes: save it first, so that the notices and the project agree.</translation>
    </message>
    <message>
        <source>The project has no items.</source>
        <translation>The project has no items.</translation>
    </message>
</context>
<context>
    <name>slimplan::OdsBook</name>
    <message>
        <source>the spreadsheet is protected by a password: open it in LibreOffice, save it without the password and import it again</source>
        <translation>the spreadsheet is protected by a password: open it in LibreOffice, save it without the password and import it again</translation>
    </message>
    <message>
        <source>this is a text document (.odt), not a spreadsheet: put its table into a spreadsheet, save that as .ods or .xlsx and import it</source>
        <translation>this is a text document (.odt), not a spreadsheet: put its table into a spreadsheet, save that as .ods or .xlsx and import it</translation>
    </message>
    <message>
        <source>this is not a spreadsheet (the file says it is %1): only .ods spreadsheets can be read</source>
        <translation>this is not a spreadsheet (the file says it is %1): only .ods spreadsheets can be read</translation>
    </message>
    <message>
        <source>the file has no content.xml: it is not an .ods spreadsheet, or it is damaged</source>
        <translation>the file has no content.xml: it is not an .ods spreadsheet, or it is damaged</translation>
    </message>
    <message>
        <source>content.xml is not the content of an OpenDocument spreadsheet</source>
        <translation>content.xml is not the content of an OpenDocument spreadsheet</translation>
    </message>
    <message>
        <source>content.xml is not encoded in UTF-8 as OpenDocument files are: refused</source>
        <translation>content.xml is not encoded in UTF-8 as OpenDocument files are: refused</translation>
    </message>
    <message>
        <source>content.xml has no body within its first %1 MB: it is not an OpenDocument spreadsheet</source>
        <translation>content.xml has no body within its first %1 MB: it is not an OpenDocument spreadsheet</translation>
    </message>
    <message>
        <source>content.xml is cut off inside a table&apos;s start tag</source>
        <translation>content.xml is cut off inside a table&apos;s start tag</translation>
    </message>
    <message>
        <source>content.xml is not well-formed XML (a table&apos;s start tag): %1</source>
        <translation>content.xml is not well-formed XML (a table&apos;s start tag): %1</translation>
    </message>
    <message>
        <source>the spreadsheet has more than %1 tables: refused</source>
        <translation>the spreadsheet has more than %1 tables: refused</translation>
    </message>
    <message>
        <source>the spreadsheet has %1 tables in %2 MB of content.xml: too many to read (refused as a possible denial of service)</source>
        <translation>the spreadsheet has %1 tables in %2 MB of content.xml: too many to read (refused as a possible denial of service)</translation>
    </message>
    <message>
        <source>content.xml is empty: the spreadsheet has no table</source>
        <translation>content.xml is empty: the spreadsheet has no table</translation>
    </message>
    <message>
        <source>content.xml is not well-formed XML (in its styles): %1</source>
        <translation>content.xml is not well-formed XML (in its styles): %1</translation>
    </message>
</context>
<context>
    <name>slimplan::OdsReader</name>
    <message>
        <source>the spreadsheet has no visible table</source>
        <translation>the spreadsheet has no visible table</translation>
    </message>
</context>
<context>
    <name>slimplan::OdsSheetSource</name>
    <message>
        <source>content.xml is damaged: the table “%1” is not where it was found</source>
        <translation>content.xml is damaged: the table “%1” is not where it was found</translation>
    </message>
    <message>
        <source>content.xml is not well-formed XML in the table “%1”: %2</source>
        <translation>content.xml is not well-formed XML in the table “%1”: %2</translation>
    </message>
    <message>
        <source>table “%1”: row %2 is repeated %3 times, past the last row (%4) a spreadsheet can have: refused</source>
        <translation>table “%1”: row %2 is repeated %3 times, past the last row (%4) a spreadsheet can have: refused</translation>
    </message>
    <message>
        <source>table “%1”: row %2 lies past the last row (%3) a spreadsheet can have: refused</source>
        <translation>table “%1”: row %2 lies past the last row (%3) a spreadsheet can have: refused</translation>
    </message>
    <message>
        <source>table “%1”: cell %2 is repeated %3 times, past the last column (%4) a spreadsheet can have: refused</source>
        <translation>table “%1”: cell %2 is repeated %3 times, past the last column (%4) a spreadsheet can have: refused</translation>
    </message>
    <message>
        <source>table “%1”: cell %2 lies past the last column (%3) a spreadsheet can have: refused</source>
        <translation>table “%1”: cell %2 lies past the last column (%3) a spreadsheet can have: refused</translation>
    </message>
    <message>
        <source>table “%1”: cell %2 holds more than the %3 characters a cell can hold: refused</source>
        <translation>table “%1”: cell %2 holds more than the %3 characters a cell can hold: refused</translation>
    </message>
</context>
<context>
    <name>slimplan::Overlap</name>
    <message>
        <source>Comparing items</source>
        <translation>Comparing items</translation>
    </message>
    <message>
        <source>Forming merge families</source>
        <translation>Forming merge families</translation>
    </message>
</context>
<context>
    <name>slimplan::OverlapCard</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Survivor: the family keeps this item</source>
        <translation>Survivor: the family keeps this item</translation>
    </message>
    <message>
        <source>In one family by a rule, not by overlap.</source>
        <translation>In one family by a rule, not by overlap.</translation>
    </message>
    <message>
        <source>Overlap score %1 of 1 (the wider the line, the higher)</source>
        <translation>Overlap score %1 of 1 (the wider the line, the higher)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Shared functions</source>
        <translation>Shared functions</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Shared data items</source>
        <translation>Shared data items</translation>
    </message>
    <message>
        <source>Shared members</source>
        <translation>Shared members</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>names %1% alike</source>
        <translation>names %1% alike</translation>
    </message>
    <message>
        <source>same owner</source>
        <translation>same owner</translation>
    </message>
    <message>
        <source>same platform</source>
        <translation>same platform</translation>
    </message>
</context>
<context>
    <name>slimplan::OverlapPanel</name>
    <message>
        <source>Filter families by name or owner</source>
        <translation>Filter families by name or owner</translation>
    </message>
    <message>
        <source>Merge families: select one to see it in the graph</source>
        <translation>Merge families: select one to see it in the graph</translation>
    </message>
    <message>
        <source>survivor</source>
        <translation>survivor</translation>
    </message>
    <message>
        <source>line width = overlap</source>
        <translation>line width = overlap</translation>
    </message>
    <message>
        <source>same family by rule</source>
        <translation>same family by rule</translation>
    </message>
</context>
<context>
    <name>slimplan::OverrideCommand</name>
    <message>
        <source>Revert %1 to the recommendation</source>
        <translation>Revert %1 to the recommendation</translation>
    </message>
    <message>
        <source>Accept recommendation for %1</source>
        <translation>Accept recommendation for %1</translation>
    </message>
    <message>
        <source>Override %1: %2</source>
        <translation>Override %1: %2</translation>
    </message>
</context>
<context>
    <name>slimplan::OverrideDialog</name>
    <message>
        <source>Override the recommendation</source>
        <translation>Override the recommendation</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Recommended: %2. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Recommended: %2. %3</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Why the plan differs from the recommendation, for the report</source>
        <translation>Why the plan differs from the recommendation, for the report</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>Merge and migrate need a target: the item or platform it goes into.</source>
        <translation>Merge and migrate need a target: the item or platform it goes into.</translation>
    </message>
    <message>
        <source>An item cannot merge or migrate into itself.</source>
        <translation>An item cannot merge or migrate into itself.</translation>
    </message>
</context>
<context>
    <name>slimplan::OverviewPage</name>
    <message>
        <source>No region is open. Open a project, import ledgers or open the demo region (File menu) to see what the plan cuts and what needs checking.</source>
        <translation>No region is open. Open a project, import ledgers or open the demo region (File menu) to see what the plan cuts and what needs checking.</translation>
    </message>
    <message>
        <source>Show these items in the inventory</source>
        <translation>Show these items in the inventory</translation>
    </message>
    <message>
        <source>What the plan cuts</source>
        <translation>What the plan cuts</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After the plan</source>
        <translation>After the plan</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items that stay (kept or rectified)</source>
        <translation>Items that stay (kept or rectified)</translation>
    </message>
    <message>
        <source>−%1 (%2)</source>
        <translation>−%1 (%2)</translation>
    </message>
    <message>
        <source>Items that leave the count (merged, migrated or shut down)</source>
        <translation>Items that leave the count (merged, migrated or shut down)</translation>
    </message>
    <message>
        <source>Running cost saved a year</source>
        <translation>Running cost saved a year</translation>
    </message>
    <message>
        <source>at least %1 (10,000 CNY)</source>
        <translation>at least %1 (10,000 CNY)</translation>
    </message>
    <message>
        <source>%1 (10,000 CNY)</source>
        <translation>%1 (10,000 CNY)</translation>
    </message>
    <message numerus="yes">
        <source>%n leaving item(s) have no known cost.</source>
        <translation>
            <numerusform>%n leaving item has no known cost.</numerusform>
            <numerusform>%n leaving items have no known cost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items with an action</source>
        <translation>Items with an action</translation>
    </message>
    <message>
        <source>Items rectified, merged, migrated or shut down</source>
        <translation>Items rectified, merged, migrated or shut down</translation>
    </message>
    <message>
        <source>Most frequent findings</source>
        <translation>Most frequent findings</translation>
    </message>
    <message>
        <source>No rule applied to any item.</source>
        <translation>No rule applied to any item.</translation>
    </message>
    <message>
        <source>Units with the most actions</source>
        <translation>Units with the most actions</translation>
    </message>
    <message>
        <source>Units with the most items</source>
        <translation>Units with the most items</translation>
    </message>
    <message>
        <source>No unit has an action.</source>
        <translation>No unit has an action.</translation>
    </message>
    <message>
        <source>No item names its unit.</source>
        <translation>No item names its unit.</translation>
    </message>
    <message>
        <source>%1 of its %2 items have an action</source>
        <translation>%1 of its %2 items have an action</translation>
    </message>
    <message>
        <source>%1 items, %2 with an action</source>
        <translation>%1 items, %2 with an action</translation>
    </message>
    <message>
        <source>%1 units in all</source>
        <translation>%1 units in all</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Needs checking</translation>
    </message>
    <message>
        <source>items need checking</source>
        <translation>items need checking</translation>
    </message>
    <message>
        <source>lack data the rules read:</source>
        <translation>lack data the rules read:</translation>
    </message>
    <message>
        <source>no owning unit</source>
        <translation>no owning unit</translation>
    </message>
    <message>
        <source>no administrative level</source>
        <translation>no administrative level</translation>
    </message>
    <message>
        <source>no function list</source>
        <translation>no function list</translation>
    </message>
    <message>
        <source>no activity (last active date or posts in 90 days)</source>
        <translation>no activity (last active date or posts in 90 days)</translation>
    </message>
    <message>
        <source>no monthly active users (apps)</source>
        <translation>no monthly active users (apps)</translation>
    </message>
    <message>
        <source>recommended with low confidence (below %1), not yet decided</source>
        <translation>recommended with low confidence (below %1), not yet decided</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Returns received</source>
        <translation>Returns received</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions done</translation>
    </message>
</context>
<context>
    <name>slimplan::PlaceResolver</name>
    <message>
        <source>The place in the owner “%1” could be %2; region left unknown (write the 行政区划代码 to settle it)</source>
        <translation>The place in the owner “%1” could be %2; region left unknown (write the 行政区划代码 to settle it)</translation>
    </message>
    <message>
        <source>The place “%1” could be %2; kept as written (write the 行政区划代码 to settle it)</source>
        <translation>The place “%1” could be %2; kept as written (write the 行政区划代码 to settle it)</translation>
    </message>
</context>
<context>
    <name>slimplan::PlanJson</name>
    <message>
        <source>Writing the JSON failed: %1</source>
        <translation>Writing the JSON failed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The plan does not match the inventory (%1 decisions, %2 items).</source>
        <translation>The plan does not match the inventory (%1 decisions, %2 items).</translation>
    </message>
    <message>
        <source>Writing JSON</source>
        <translation>Writing JSON</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>slimplan::PlanView</name>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1 items (%2 apps, %3 accounts, %4 groups) &amp;nbsp; &lt;b&gt;After:&lt;/b&gt; %5 items (%6 apps, %7 accounts, %8 groups) &amp;nbsp; &lt;b&gt;Reduction:&lt;/b&gt; %9 %</source>
        <translation>&lt;b&gt;Before:&lt;/b&gt; %1 items (%2 apps, %3 accounts, %4 groups) &amp;nbsp; &lt;b&gt;After:&lt;/b&gt; %5 items (%6 apps, %7 accounts, %8 groups) &amp;nbsp; &lt;b&gt;Reduction:&lt;/b&gt; %9 %</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Annual cost saved:&lt;/b&gt; %1 (10k CNY)</source>
        <translation> &amp;nbsp; &lt;b&gt;Annual cost saved:&lt;/b&gt; %1 (10k CNY)</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Decisions recorded:&lt;/b&gt; %1</source>
        <translation> &amp;nbsp; &lt;b&gt;Decisions recorded:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n recommendations</source>
        <translation>
            <numerusform>Accept %n recommendation</numerusform>
            <numerusform>Accept %n recommendations</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommendation accepted</source>
        <translation>Recommendation accepted</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n decisions</source>
        <translation>
            <numerusform>Revert %n decision</numerusform>
            <numerusform>Revert %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Accept the recommendation for the selected items</source>
        <translation>Accept the recommendation for the selected items</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Override…</translation>
    </message>
    <message>
        <source>Choose another action or target, with a reason</source>
        <translation>Choose another action or target, with a reason</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Back to the recommendation</source>
        <translation>Back to the recommendation</translation>
    </message>
</context>
<context>
    <name>slimplan::Planner</name>
    <message>
        <source>Checking policy rules</source>
        <translation>Checking policy rules</translation>
    </message>
</context>
<context>
    <name>slimplan::PolicyDialog</name>
    <message>
        <source>Policy Profile</source>
        <translation>Policy Profile</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <source>Zombie after no post for (P3, A9):</source>
        <translation>Zombie after no post for (P3, A9):</translation>
    </message>
    <message>
        <source>Group idle after (G1):</source>
        <translation>Group idle after (G1):</translation>
    </message>
    <message>
        <source>Overlap threshold (A10, P2, G2):</source>
        <translation>Overlap threshold (A10, P2, G2):</translation>
    </message>
    <message>
        <source>Containment threshold:</source>
        <translation>Containment threshold:</translation>
    </message>
    <message>
        <source>Low usage: monthly active users below (A9):</source>
        <translation>Low usage: monthly active users below (A9):</translation>
    </message>
    <message>
        <source>Low usage: active/registered below (A9):</source>
        <translation>Low usage: active/registered below (A9):</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Provincial reporting platform (A3, A8):</source>
        <translation>Provincial reporting platform (A3, A8):</translation>
    </message>
    <message>
        <source>Provincial service app (A1):</source>
        <translation>Provincial service app (A1):</translation>
    </message>
    <message>
        <source>Overlap weights</source>
        <translation>Overlap weights</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>Functions:</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>Data items:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Same owner:</source>
        <translation>Same owner:</translation>
    </message>
    <message>
        <source>Same platform:</source>
        <translation>Same platform:</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Re-plan</translation>
    </message>
    <message>
        <source>Count days up to (as of):</source>
        <translation>Count days up to (as of):</translation>
    </message>
    <message>
        <source>Temporary group idle after (G1):</source>
        <translation>Temporary group idle after (G1):</translation>
    </message>
    <message>
        <source>Notice deadlines</source>
        <translation>Notice deadlines</translation>
    </message>
    <message>
        <source>Shut down within:</source>
        <translation>Shut down within:</translation>
    </message>
    <message>
        <source>Merge within:</source>
        <translation>Merge within:</translation>
    </message>
    <message>
        <source>Migrate within:</source>
        <translation>Migrate within:</translation>
    </message>
    <message>
        <source>Rectify within:</source>
        <translation>Rectify within:</translation>
    </message>
</context>
<context>
    <name>slimplan::PolicyProfile</name>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; must be a number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>day windows must not be negative</source>
        <translation>day windows must not be negative</translation>
    </message>
    <message>
        <source>&quot;overlap_threshold&quot; must be in (0, 1]</source>
        <translation>&quot;overlap_threshold&quot; must be in (0, 1]</translation>
    </message>
    <message>
        <source>cannot open policy profile: %1</source>
        <translation>cannot open policy profile: %1</translation>
    </message>
    <message>
        <source>policy profile is not a JSON object: %1</source>
        <translation>policy profile is not a JSON object: %1</translation>
    </message>
    <message>
        <source>deadlines must not be negative</source>
        <translation>deadlines must not be negative</translation>
    </message>
</context>
<context>
    <name>slimplan::PrecheckDialog</name>
    <message>
        <source>Pre-check of a Proposed App</source>
        <translation>Pre-check of a Proposed App</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Functions:</source>
        <translation>Functions:</translation>
    </message>
    <message>
        <source>Data items:</source>
        <translation>Data items:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Existing item</source>
        <translation>Existing item</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Enter at least the name and the owner.</source>
        <translation>Enter at least the name and the owner.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Revise and resubmit</source>
        <translation>Revise and resubmit</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>No rule is broken.</source>
        <translation>No rule is broken.</translation>
    </message>
</context>
<context>
    <name>slimplan::ProgressView</name>
    <message>
        <source>Import as Snapshot…</source>
        <translation>Import as Snapshot…</translation>
    </message>
    <message>
        <source>Add one with the button below, or on the command line:
slimplan-cli import FILE --project %1 --snapshot LABEL</source>
        <translation>Add one with the button below, or on the command line:
slimplan-cli import FILE --project %1 --snapshot LABEL</translation>
    </message>
    <message>
        <source>Progress is tracked in a project file. Save the plan as a project (File → Save As…), then import later ledgers as snapshots.</source>
        <translation>Progress is tracked in a project file. Save the plan as a project (File → Save As…), then import later ledgers as snapshots.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>This project has %n snapshot(s) with items; progress needs at least two, the first one being the baseline.</source>
        <translation>
            <numerusform>This project has %n snapshot with items; progress needs at least two, the first one being the baseline.</numerusform>
            <numerusform>This project has %n snapshots with items; progress needs at least two, the first one being the baseline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed since the baseline (%1)</source>
        <translation>Closed since the baseline (%1)</translation>
    </message>
    <message>
        <source>Rebound: created after the baseline (%1)</source>
        <translation>Rebound: created after the baseline (%1)</translation>
    </message>
    <message>
        <source>Rebound: planned to leave, still active (%1)</source>
        <translation>Rebound: planned to leave, still active (%1)</translation>
    </message>
    <message>
        <source>Rebound: gone and came back (%1)</source>
        <translation>Rebound: gone and came back (%1)</translation>
    </message>
    <message>
        <source>From the baseline &quot;%1&quot; (%2 items) to &quot;%3&quot; (%4 items): %5 closed, %6 rebound.</source>
        <translation>From the baseline &quot;%1&quot; (%2 items) to &quot;%3&quot; (%4 items): %5 closed, %6 rebound.</translation>
    </message>
    <message>
        <source>Items per kind over the snapshots</source>
        <translation>Items per kind over the snapshots</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>slimplan::ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>slimplan::ProjectFile</name>
    <message>
        <source>Saving was cancelled; the file is unchanged.</source>
        <translation>Saving was cancelled; the file is unchanged.</translation>
    </message>
    <message>
        <source>Copying the project</source>
        <translation>Copying the project</translation>
    </message>
    <message>
        <source>The snapshot of the document is missing in %1.</source>
        <translation>The snapshot of the document is missing in %1.</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>Writing the plan</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1: %2</source>
        <translation>Cannot write in the folder of %1: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Cannot replace %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>slimplan::ProjectLoader</name>
    <message>
        <source>No item could be imported.</source>
        <translation>No item could be imported.</translation>
    </message>
    <message>
        <source>The demo region is not part of this build.</source>
        <translation>The demo region is not part of this build.</translation>
    </message>
    <message>
        <source>Demo region</source>
        <translation>Demo region</translation>
    </message>
    <message>
        <source>The import was not stored.</source>
        <translation>The import was not stored.</translation>
    </message>
</context>
<context>
    <name>slimplan::ProjectStore</name>
    <message>
        <source>Saving items</source>
        <translation>Saving items</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>The import was cancelled; the project is unchanged.</translation>
    </message>
    <message>
        <source>Saving item %1 failed: %2</source>
        <translation>Saving item %1 failed: %2</translation>
    </message>
    <message>
        <source>Loading items</source>
        <translation>Loading items</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 is a folder, not a project file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SlimPlan project: it is not an SQLite database, or it is damaged.</source>
        <translation>%1 is not a SlimPlan project: it is not an SQLite database, or it is damaged.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SlimPlan project: %2</source>
        <translation>%1 cannot be opened as a SlimPlan project: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver gave no handle.</source>
        <translation>Cannot open %1: the SQLite driver gave no handle.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a SlimPlan project (damaged file?): %2</source>
        <translation>%1 cannot be opened as a SlimPlan project (damaged file?): %2</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of SlimPlan (project format %2; this program reads up to %3). Please update SlimPlan to open it.</source>
        <translation>%1 was saved by a newer version of SlimPlan (project format %2; this program reads up to %3). Please update SlimPlan to open it.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a SlimPlan project.</source>
        <translation>%1 is an SQLite database but not a SlimPlan project.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: the backup copy %2 could not be written.</source>
        <translation>Cannot upgrade %1: the backup copy %2 could not be written.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a SlimPlan project, or its header data is damaged.</source>
        <translation>%1 is not a SlimPlan project, or its header data is damaged.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Cannot write to %1: %2</translation>
    </message>
    <message>
        <source>Saving the plan failed: %1</source>
        <translation>Saving the plan failed: %1</translation>
    </message>
    <message>
        <source>its header is damaged (page size %1)</source>
        <translation>its header is damaged (page size %1)</translation>
    </message>
    <message>
        <source>it is shorter than its header says (%1 of %2 bytes): it was not copied or saved completely</source>
        <translation>it is shorter than its header says (%1 of %2 bytes): it was not copied or saved completely</translation>
    </message>
    <message>
        <source>the expected structure of project format %1 cannot be built: %2</source>
        <translation>the expected structure of project format %1 cannot be built: %2</translation>
    </message>
    <message>
        <source>parts of the project are missing (%1): the file is damaged</source>
        <translation>parts of the project are missing (%1): the file is damaged</translation>
    </message>
    <message>
        <source>it holds database objects SlimPlan does not create (%1), so it was changed outside SlimPlan and is not opened, for safety</source>
        <translation>it holds database objects SlimPlan does not create (%1), so it was changed outside SlimPlan and is not opened, for safety</translation>
    </message>
    <message>
        <source>Saving %1 failed; the file is as it was before: %2</source>
        <translation>Saving %1 failed; the file is as it was before: %2</translation>
    </message>
    <message>
        <source>A member salt has 16 bytes.</source>
        <translation>A member salt has 16 bytes.</translation>
    </message>
    <message>
        <source>%1 already holds items hashed with its own salt.</source>
        <translation>%1 already holds items hashed with its own salt.</translation>
    </message>
    <message>
        <source>The decisions could not be written to %1: %2</source>
        <translation>The decisions could not be written to %1: %2</translation>
    </message>
    <message>
        <source>The project has no item &quot;%1&quot;; no step was recorded.</source>
        <translation>The project has no item &quot;%1&quot;; no step was recorded.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of the plan itself; choose another scenario name</source>
        <translation>&apos;%1&apos; is the name of the plan itself; choose another scenario name</translation>
    </message>
    <message>
        <source>A scenario named &apos;%1&apos; already exists</source>
        <translation>A scenario named &apos;%1&apos; already exists</translation>
    </message>
    <message>
        <source>There is no scenario named &apos;%1&apos;</source>
        <translation>There is no scenario named &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>slimplan::RegionTreeModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>Unknown region</translation>
    </message>
</context>
<context>
    <name>slimplan::ReplanCommand</name>
    <message>
        <source>Re-plan with profile %1</source>
        <translation>Re-plan with profile %1</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnDiff</name>
    <message>
        <source>(not filed)</source>
        <translation>(not filed)</translation>
    </message>
    <message>
        <source>%1 (other members)</source>
        <translation>%1 (other members)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Active users</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Posts in 90 days</source>
        <translation>Posts in 90 days</translation>
    </message>
    <message>
        <source>Annual cost (10k CNY)</source>
        <translation>Annual cost (10k CNY)</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Launched</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(unit not named)</source>
        <translation>(unit not named)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 gone</source>
        <translation>%1: %2 new, %3 changed, %4 unchanged, %5 gone</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnDiffView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The files return no unit&apos;s items: nothing in the project would change.</source>
        <translation>The files return no unit&apos;s items: nothing in the project would change.</translation>
    </message>
    <message numerus="yes">
        <source>%n units returned: </source>
        <translation>
            <numerusform>%n unit returned: </numerusform>
            <numerusform>%n units returned: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new items, %2 changed, %3 unchanged, %4 no longer listed (they are kept and marked &quot;reported gone&quot;). Nothing changes until you click Import.</source>
        <translation>%1 new items, %2 changed, %3 unchanged, %4 no longer listed (they are kept and marked &quot;reported gone&quot;). Nothing changes until you click Import.</translation>
    </message>
    <message>
        <source>(unit not named)</source>
        <translation>(unit not named)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of this return were refused with errors: items on them may show as gone.</source>
        <translation>
            <numerusform>%n row of this return was refused with an error: an item on it may show as gone.</numerusform>
            <numerusform>%n rows of this return were refused with errors: items on them may show as gone.</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>new: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>gone: %1</source>
        <translation>gone: %1</translation>
    </message>
    <message>
        <source>Unit / item</source>
        <translation>Unit / item</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Gone</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnsModel</name>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <source>not surveyed</source>
        <translation>not surveyed</translation>
    </message>
    <message>
        <source>Nothing of the latest return could be read.</source>
        <translation>Nothing of the latest return could be read.</translation>
    </message>
    <message>
        <source>The unit reported that it has no items.</source>
        <translation>The unit reported that it has no items.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Survey sheet</source>
        <translation>Survey sheet</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>Surveyed on</translation>
    </message>
    <message>
        <source>Latest return</source>
        <translation>Latest return</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Rows kept</source>
        <translation>Rows kept</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Items now</source>
        <translation>Items now</translation>
    </message>
    <message>
        <source>Reported gone</source>
        <translation>Reported gone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>slimplan::ReturnsPage</name>
    <message>
        <source>No units yet: import the returns or open a project.</source>
        <translation>No units yet: import the returns or open a project.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n units answered</source>
        <translation>
            <numerusform>%1 of %n unit answered</numerusform>
            <numerusform>%1 of %n units answered</numerusform>
        </translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>With problems</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>Filter units…</translation>
    </message>
</context>
<context>
    <name>slimplan::RowBuilder</name>
    <message>
        <source>Unreadable number %1; left unknown</source>
        <translation>Unreadable number %1; left unknown</translation>
    </message>
    <message>
        <source>Negative count %1 is out of range; left unknown</source>
        <translation>Negative count %1 is out of range; left unknown</translation>
    </message>
    <message>
        <source>Unreadable date %1 (write it as 2025-03-01); left unknown</source>
        <translation>Unreadable date %1 (write it as 2025-03-01); left unknown</translation>
    </message>
    <message>
        <source>Date %1 is out of range; left unknown</source>
        <translation>Date %1 is out of range; left unknown</translation>
    </message>
    <message>
        <source>The name is missing; row not imported</source>
        <translation>The name is missing; row not imported</translation>
    </message>
    <message>
        <source>The owner is missing; row not imported</source>
        <translation>The owner is missing; row not imported</translation>
    </message>
    <message>
        <source>The kind is missing; row not imported</source>
        <translation>The kind is missing; row not imported</translation>
    </message>
    <message>
        <source>Unknown kind %1; taken as %2 from the sheet name</source>
        <translation>Unknown kind %1; taken as %2 from the sheet name</translation>
    </message>
    <message>
        <source>Unknown kind %1 (expected app, account or group: 应用程序, 公众号, 工作群 …); row not imported</source>
        <translation>Unknown kind %1 (expected app, account or group: 应用程序, 公众号, 工作群 …); row not imported</translation>
    </message>
    <message>
        <source>Region code %1 is not a 6-, 9- or 12-digit division code; kept as written</source>
        <translation>Region code %1 is not a 6-, 9- or 12-digit division code; kept as written</translation>
    </message>
    <message>
        <source>Unknown level %1 (expected central, province, city, county, township or village); derived from the region or owner instead</source>
        <translation>Unknown level %1 (expected central, province, city, county, township or village); derived from the region or owner instead</translation>
    </message>
    <message>
        <source>Unknown audience %1 (expected internal, public or enterprise: 内部, 公众, 企业); left unknown</source>
        <translation>Unknown audience %1 (expected internal, public or enterprise: 内部, 公众, 企业); left unknown</translation>
    </message>
    <message>
        <source>Unreadable amount %1; left unknown</source>
        <translation>Unreadable amount %1; left unknown</translation>
    </message>
    <message>
        <source>Negative amount %1 is out of range; left unknown</source>
        <translation>Negative amount %1 is out of range; left unknown</translation>
    </message>
    <message>
        <source>Unknown flag %1 ignored</source>
        <translation>Unknown flag %1 ignored</translation>
    </message>
    <message>
        <source>Unreadable yes/no value %1 (expected 是/否); flag not set</source>
        <translation>Unreadable yes/no value %1 (expected 是/否); flag not set</translation>
    </message>
    <message>
        <source>Active users (%1) exceed users (%2)</source>
        <translation>Active users (%1) exceed users (%2)</translation>
    </message>
    <message>
        <source>No owner is named; imported so that rule G4 can flag it</source>
        <translation>No owner is named; imported so that rule G4 can flag it</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2: is there a comma or separator inside a value without quotes (such as 3,200)? The values after it may be in the wrong columns</source>
        <translation>This row has %1 cells but the header has %2: is there a comma or separator inside a value without quotes (such as 3,200)? The values after it may be in the wrong columns</translation>
    </message>
    <message>
        <source>%1 is an amount of money, not a count; left unknown</source>
        <translation>%1 is an amount of money, not a count; left unknown</translation>
    </message>
    <message>
        <source>%1 is a count, not an amount in 万元; left unknown</source>
        <translation>%1 is a count, not an amount in 万元; left unknown</translation>
    </message>
</context>
<context>
    <name>slimplan::ScenarioCompareDialog</name>
    <message>
        <source>Compare Scenarios</source>
        <translation>Compare Scenarios</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>Baseline plan</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>The scenarios cannot be compared: %1</source>
        <translation>The scenarios cannot be compared: %1</translation>
    </message>
    <message numerus="yes">
        <source>Annual cost saved: %1 (10k CNY) under %2, %3 (10k CNY) under %4; %n item(s) decided differently.</source>
        <translation>
            <numerusform>Annual cost saved: %1 (10k CNY) under %2, %3 (10k CNY) under %4; %n item decided differently.</numerusform>
            <numerusform>Annual cost saved: %1 (10k CNY) under %2, %3 (10k CNY) under %4; %n items decided differently.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>After: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Level unknown</source>
        <translation>Level unknown</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scenarios</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;New Scenario…</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>&amp;Compare Scenarios…</translation>
    </message>
    <message>
        <source>&amp;Promote to Plan…</source>
        <translation>&amp;Promote to Plan…</translation>
    </message>
    <message>
        <source>The scenario shown and decided in; the baseline is the plan itself</source>
        <translation>The scenario shown and decided in; the baseline is the plan itself</translation>
    </message>
    <message>
        <source>Baseline plan</source>
        <translation>Baseline plan</translation>
    </message>
    <message>
        <source>Scenarios live in a project file: save the project first.</source>
        <translation>Scenarios live in a project file: save the project first.</translation>
    </message>
    <message>
        <source>Promote to Plan</source>
        <translation>Promote to Plan</translation>
    </message>
    <message>
        <source>Make the scenario &apos;%1&apos; the plan? Its policy profile becomes the project&apos;s and its decisions are recorded in the plan&apos;s decision log. This cannot be undone.</source>
        <translation>Make the scenario &apos;%1&apos; the plan? Its policy profile becomes the project&apos;s and its decisions are recorded in the plan&apos;s decision log. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>slimplan::ScenarioPlan</name>
    <message>
        <source>There is no scenario named &apos;%1&apos;</source>
        <translation>There is no scenario named &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>slimplan::Schema</name>
    <message>
        <source>Upgrading the project to version %1 (%2) failed: %3</source>
        <translation>Upgrading the project to version %1 (%2) failed: %3</translation>
    </message>
</context>
<context>
    <name>slimplan::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>In tables and lists</source>
        <translation>In tables and lists</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Move between controls</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation>Select several rows</translation>
    </message>
    <message>
        <source>Shift+arrow keys, Ctrl+click</source>
        <translation>Shift+arrow keys, Ctrl+click</translation>
    </message>
    <message>
        <source>Sort by a column</source>
        <translation>Sort by a column</translation>
    </message>
    <message>
        <source>click its header</source>
        <translation>click its header</translation>
    </message>
    <message>
        <source>Open a figure of the overview as a filtered table</source>
        <translation>Open a figure of the overview as a filtered table</translation>
    </message>
    <message>
        <source>Space on the figure</source>
        <translation>Space on the figure</translation>
    </message>
</context>
<context>
    <name>slimplan::SnapshotCountsModel</name>
    <message>
        <source>Project ledger</source>
        <translation>Project ledger</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (baseline)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>slimplan::SurveyExport</name>
    <message>
        <source>Export Survey Sheets</source>
        <translation>Export Survey Sheets</translation>
    </message>
    <message>
        <source>Save the project first: the survey sheets sent to the units are recorded in the project file.</source>
        <translation>Save the project first: the survey sheets sent to the units are recorded in the project file.</translation>
    </message>
    <message>
        <source>Export Survey Sheets to Folder</source>
        <translation>Export Survey Sheets to Folder</translation>
    </message>
    <message>
        <source>Writing survey sheets</source>
        <translation>Writing survey sheets</translation>
    </message>
    <message>
        <source>The sheets were written but could not be recorded in the project: %1</source>
        <translation>The sheets were written but could not be recorded in the project: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n survey sheet to %1.</numerusform>
            <numerusform>Wrote %n survey sheets to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) name no unit and are in no sheet.</source>
        <translation>
            <numerusform>%n item names no unit and is in no sheet.</numerusform>
            <numerusform>%n items name no unit and are in no sheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait for the running task to finish.</source>
        <translation>Please wait for the running task to finish.</translation>
    </message>
</context>
<context>
    <name>slimplan::SurveyXlsx</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
    <message>
        <source>Writing survey sheets</source>
        <translation>Writing survey sheets</translation>
    </message>
</context>
<context>
    <name>slimplan::SurveyXlsxBook</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: cannot create the workbook</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook</source>
        <translation>%1: cannot write the workbook</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingChart</name>
    <message>
        <source>Progress by unit</source>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingItemsModel</name>
    <message>
        <source>Marked %1, but a later snapshot still holds this item: check that it was really closed.</source>
        <translation>Marked %1, but a later snapshot still holds this item: check that it was really closed.</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the action is not done.</source>
        <translation>Overdue: the deadline %1 has passed and the action is not done.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingModel</name>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) past their deadline and not done.</source>
        <translation>
            <numerusform>%n action past its deadline and not done.</numerusform>
            <numerusform>%n actions past their deadline and not done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingPage</name>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>Select a unit to see its actions.</source>
        <translation>Select a unit to see its actions.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Actions of %1</source>
        <translation>Actions of %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 actions in %2 units: %3 done, %4 verified, %5 overdue.</source>
        <translation>%1 actions in %2 units: %3 done, %4 verified, %5 overdue.</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>The steps could not be written to %1: %2</source>
        <translation>The steps could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>Filter units…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Save the project to track its actions.</source>
        <translation>Save the project to track its actions.</translation>
    </message>
    <message>
        <source>Mark selected as:</source>
        <translation>Mark selected as:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <source>Choose the evidence file (only its name is recorded)</source>
        <translation>Choose the evidence file (only its name is recorded)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
</context>
<context>
    <name>slimplan::TrackingXlsx</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsReader</name>
    <message>
        <source>open it in Excel, WPS or LibreOffice, save it as .xlsx and import again</source>
        <translation>open it in Excel, WPS or LibreOffice, save it as .xlsx and import again</translation>
    </message>
    <message>
        <source>This workbook is protected with a password to open. Remove the password in Excel (File ▸ Info ▸ Protect Workbook), save it and import again</source>
        <translation>This workbook is protected with a password to open. Remove the password in Excel (File ▸ Info ▸ Protect Workbook), save it and import again</translation>
    </message>
    <message>
        <source>This is a WPS Spreadsheets file, not an Excel workbook. Open it in WPS Spreadsheets, save it as .xlsx or .xls and import again</source>
        <translation>This is a WPS Spreadsheets file, not an Excel workbook. Open it in WPS Spreadsheets, save it as .xlsx or .xls and import again</translation>
    </message>
    <message>
        <source>This is a Word document, not an Excel workbook, despite its name</source>
        <translation>This is a Word document, not an Excel workbook, despite its name</translation>
    </message>
    <message>
        <source>This is a PowerPoint presentation, not an Excel workbook, despite its name</source>
        <translation>This is a PowerPoint presentation, not an Excel workbook, despite its name</translation>
    </message>
    <message>
        <source>This file holds no Excel workbook (it is an Office file of another kind); %1</source>
        <translation>This file holds no Excel workbook (it is an Office file of another kind); %1</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>This is an .xlsx workbook despite its name; rename it to .xlsx and import it again</source>
        <translation>This is an .xlsx workbook despite its name; rename it to .xlsx and import it again</translation>
    </message>
    <message>
        <source>This is an Excel 2.x–4.0 worksheet, a format too old to read; %1</source>
        <translation>This is an Excel 2.x–4.0 worksheet, a format too old to read; %1</translation>
    </message>
    <message>
        <source>This is not an Excel workbook despite its name; %1</source>
        <translation>This is not an Excel workbook despite its name; %1</translation>
    </message>
    <message>
        <source>The workbook is too large to read</source>
        <translation>The workbook is too large to read</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete (perhaps not copied or saved completely); %1</source>
        <translation>The workbook is damaged or incomplete (perhaps not copied or saved completely); %1</translation>
    </message>
    <message>
        <source>The workbook cannot be read: the system could not start its reader</source>
        <translation>The workbook cannot be read: the system could not start its reader</translation>
    </message>
    <message>
        <source>The workbook holds more data than can be imported; %1</source>
        <translation>The workbook holds more data than can be imported; %1</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read; %1</source>
        <translation>The workbook is damaged and cannot be read; %1</translation>
    </message>
    <message>
        <source>This is an Excel 2.x–4.0 workbook, a format too old to read; %1</source>
        <translation>This is an Excel 2.x–4.0 workbook, a format too old to read; %1</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet %1 cannot be read; %2</source>
        <translation>The workbook is damaged: sheet %1 cannot be read; %2</translation>
    </message>
    <message>
        <source>Sheet “%1” claims %2 rows × %3 columns, more than an .xls sheet can hold (65,536 × 256): the file is damaged</source>
        <translation>Sheet “%1” claims %2 rows × %3 columns, more than an .xls sheet can hold (65,536 × 256): the file is damaged</translation>
    </message>
    <message>
        <source>The workbook has no worksheet</source>
        <translation>The workbook has no worksheet</translation>
    </message>
    <message>
        <source>The workbook has no visible worksheet</source>
        <translation>The workbook has no visible worksheet</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsSheetSource</name>
    <message>
        <source>cell %1%2 cannot be read; it is taken as empty</source>
        <translation>cell %1%2 cannot be read; it is taken as empty</translation>
    </message>
    <message>
        <source>cell %1%2 holds %3 characters, more than the %4 a cell can hold: refused</source>
        <translation>cell %1%2 holds %3 characters, more than the %4 a cell can hold: refused</translation>
    </message>
    <message>
        <source>sheet “%1” is damaged and cannot be read</source>
        <translation>sheet “%1” is damaged and cannot be read</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxArchive</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>this is an old .xls / encrypted workbook: save it as .xlsx</source>
        <translation>this is an old .xls / encrypted workbook: save it as .xlsx</translation>
    </message>
    <message>
        <source>this is not an .xlsx workbook (the file is not a zip archive)</source>
        <translation>this is not an .xlsx workbook (the file is not a zip archive)</translation>
    </message>
    <message>
        <source>the .xlsx file is damaged or truncated (its zip directory cannot be read)</source>
        <translation>the .xlsx file is damaged or truncated (its zip directory cannot be read)</translation>
    </message>
    <message>
        <source>the archive holds more than %1 files: refused as not a workbook</source>
        <translation>the archive holds more than %1 files: refused as not a workbook</translation>
    </message>
    <message>
        <source>%1 would expand to %2 MB, more than the limit of %3 MB per part: refused as a possible decompression bomb</source>
        <translation>%1 would expand to %2 MB, more than the limit of %3 MB per part: refused as a possible decompression bomb</translation>
    </message>
    <message>
        <source>%1 is compressed more than %2:1: refused as a possible decompression bomb</source>
        <translation>%1 is compressed more than %2:1: refused as a possible decompression bomb</translation>
    </message>
    <message>
        <source>the workbook would expand to more than %1 MB: refused as a possible decompression bomb</source>
        <translation>the workbook would expand to more than %1 MB: refused as a possible decompression bomb</translation>
    </message>
    <message>
        <source>the workbook has no part %1</source>
        <translation>the workbook has no part %1</translation>
    </message>
    <message>
        <source>%1 cannot be read (encrypted or damaged)</source>
        <translation>%1 cannot be read (encrypted or damaged)</translation>
    </message>
    <message>
        <source>this is an old .xls or an encrypted workbook, not an .ods spreadsheet</source>
        <translation>this is an old .xls or an encrypted workbook, not an .ods spreadsheet</translation>
    </message>
    <message>
        <source>this is not an .ods spreadsheet (the file is not a zip archive)</source>
        <translation>this is not an .ods spreadsheet (the file is not a zip archive)</translation>
    </message>
    <message>
        <source>the .ods file is damaged or truncated (its zip directory cannot be read)</source>
        <translation>the .ods file is damaged or truncated (its zip directory cannot be read)</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxPartDevice</name>
    <message>
        <source>%1 cannot be decompressed: the file is damaged</source>
        <translation>%1 cannot be decompressed: the file is damaged</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MB: refused as a possible decompression bomb</source>
        <translation>%1 expands to more than %2 MB: refused as a possible decompression bomb</translation>
    </message>
    <message>
        <source>the workbook expands to more than %1 MB: refused as a possible decompression bomb</source>
        <translation>the workbook expands to more than %1 MB: refused as a possible decompression bomb</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 is not well-formed XML (line %2, column %3): %4</translation>
    </message>
    <message>
        <source>%1 contains a document type declaration (&lt;!DOCTYPE&gt;), which workbooks never need: refused so that no entity is expanded</source>
        <translation>%1 contains a document type declaration (&lt;!DOCTYPE&gt;), which workbooks never need: refused so that no entity is expanded</translation>
    </message>
    <message>
        <source>%1 ends before the place it names: the file is damaged</source>
        <translation>%1 ends before the place it names: the file is damaged</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxReader</name>
    <message>
        <source>the workbook has no visible worksheet</source>
        <translation>the workbook has no visible worksheet</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxSheetSource</name>
    <message>
        <source>row number “%1” is not valid</source>
        <translation>row number “%1” is not valid</translation>
    </message>
    <message>
        <source>row %1 lies beyond Excel&apos;s last row %2: refused</source>
        <translation>row %1 lies beyond Excel&apos;s last row %2: refused</translation>
    </message>
    <message>
        <source>cell reference “%1” is not valid</source>
        <translation>cell reference “%1” is not valid</translation>
    </message>
    <message>
        <source>cell %1 lies beyond Excel&apos;s last column XFD: refused</source>
        <translation>cell %1 lies beyond Excel&apos;s last column XFD: refused</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>cell %1 refers to shared string %2, which the workbook does not have</translation>
    </message>
    <message>
        <source>cell %1 holds %2 characters, more than the %3 a cell can hold: refused</source>
        <translation>cell %1 holds %2 characters, more than the %3 a cell can hold: refused</translation>
    </message>
    <message>
        <source>the sheet has more than %1 merged ranges: refused</source>
        <translation>the sheet has more than %1 merged ranges: refused</translation>
    </message>
</context>
<context>
    <name>slimplan::XlsxWorkbook</name>
    <message>
        <source>the zip archive has no xl/workbook.xml: it is not an Excel workbook</source>
        <translation>the zip archive has no xl/workbook.xml: it is not an Excel workbook</translation>
    </message>
    <message>
        <source>the workbook has more than %1 sheets: refused</source>
        <translation>the workbook has more than %1 sheets: refused</translation>
    </message>
    <message>
        <source>the workbook has no %1: it does not say where its sheets are</source>
        <translation>the workbook has no %1: it does not say where its sheets are</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing from the file (no part %2)</source>
        <translation>the sheet “%1” is missing from the file (no part %2)</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Commands</name>
    <message>
        <source>slimplan-cli: unknown command &apos;%1&apos;</source>
        <translation>slimplan-cli: unknown command &apos;%1&apos;</translation>
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
        <translation>usage: slimplan-cli COMMAND [OPTIONS]
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
</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Common</name>
    <message>
        <source>Run &apos;slimplan-cli %1 --help&apos; for usage.</source>
        <translation>Run &apos;slimplan-cli %1 --help&apos; for usage.</translation>
    </message>
    <message>
        <source>Date the rules count &quot;days without a post&quot; from (default: today).</source>
        <translation>Date the rules count &quot;days without a post&quot; from (default: today).</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use zh_CN or en)</source>
        <translation>unknown language &apos;%1&apos; (use zh_CN or en)</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--as-of needs a date as YYYY-MM-DD, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write the plan as JSON (&quot;-&quot; = stdout).</source>
        <translation>Write the plan as JSON (&quot;-&quot; = stdout).</translation>
    </message>
    <message>
        <source>Write the plan as a PDF report.</source>
        <translation>Write the plan as a PDF report.</translation>
    </message>
    <message>
        <source>Write the plan as an Excel workbook.</source>
        <translation>Write the plan as an Excel workbook.</translation>
    </message>
    <message>
        <source>Write the items with their actions as CSV for Excel (&quot;-&quot; = stdout).</source>
        <translation>Write the items with their actions as CSV for Excel (&quot;-&quot; = stdout).</translation>
    </message>
    <message>
        <source>Plan as of %1: %2 items before, %3 after (-%4 %); apps %5 → %6, accounts %7 → %8, groups %9 → %10.</source>
        <translation>Plan as of %1: %2 items before, %3 after (-%4 %); apps %5 → %6, accounts %7 → %8, groups %9 → %10.</translation>
    </message>
    <message>
        <source>Language of the reasons and reports: zh_CN or en (default: zh_CN; messages follow the system&apos;s language).</source>
        <translation>Language of the reasons and reports: zh_CN or en (default: zh_CN; messages follow the system&apos;s language).</translation>
    </message>
    <message>
        <source>Who prepared the plan, for the report&apos;s cover (编制单位/编制人).</source>
        <translation>Who prepared the plan, for the report&apos;s cover (编制单位/编制人).</translation>
    </message>
    <message>
        <source>Layout of the PDF: gongwen (official document, GB/T 9704) or report (default: gongwen for zh_CN, report for en).</source>
        <translation>Layout of the PDF: gongwen (official document, GB/T 9704) or report (default: gongwen for zh_CN, report for en).</translation>
    </message>
    <message>
        <source>unknown --style &quot;%1&quot; (gongwen or report)</source>
        <translation>unknown --style &quot;%1&quot; (gongwen or report)</translation>
    </message>
    <message>
        <source>Font substituted: %1</source>
        <translation>Font substituted: %1</translation>
    </message>
    <message>
        <source>Write the plan as an official document (公文) to edit in Word or WPS.</source>
        <translation>Write the plan as an official document (公文) to edit in Word or WPS.</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Compare</name>
    <message>
        <source>Compares the plans of several regions&apos; projects: before/after counts, reduction and cost saved, one entry per project in the order given. A project&apos;s saved plan is used (with its overrides); one without a current plan is planned with its own policy profile as of --as-of (default today). Projects are not changed.
Exit status: 0 success, 1 a project could not be read or an output written, 2 bad usage.</source>
        <translation>Compares the plans of several regions&apos; projects: before/after counts, reduction and cost saved, one entry per project in the order given. A project&apos;s saved plan is used (with its overrides); one without a current plan is planned with its own policy profile as of --as-of (default today). Projects are not changed.
Exit status: 0 success, 1 a project could not be read or an output written, 2 bad usage.</translation>
    </message>
    <message>
        <source>Projects to compare.</source>
        <translation>Projects to compare.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON (&quot;-&quot; = stdout).</source>
        <translation>Write the comparison as JSON (&quot;-&quot; = stdout).</translation>
    </message>
    <message>
        <source>Write the comparison as a PDF report.</source>
        <translation>Write the comparison as a PDF report.</translation>
    </message>
    <message>
        <source>no projects to compare</source>
        <translation>no projects to compare</translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4 items (-%5 %)</source>
        <translation>%1 (%2): %3 → %4 items (-%5 %)</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Demo</name>
    <message>
        <source>Plans the embedded demo region, the fictional county 青溪县, with the default policy profile. Without an output option the summary is printed.
Exit status: 0 success, 1 an output could not be written, 2 bad usage.</source>
        <translation>Plans the embedded demo region, the fictional county 青溪县, with the default policy profile. Without an output option the summary is printed.
Exit status: 0 success, 1 an output could not be written, 2 bad usage.</translation>
    </message>
    <message>
        <source>the demo takes no files</source>
        <translation>the demo takes no files</translation>
    </message>
    <message>
        <source>the demo region could not be read</source>
        <translation>the demo region could not be read</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Import</name>
    <message>
        <source>The project file to add the items to.</source>
        <translation>The project file to add the items to.</translation>
    </message>
    <message>
        <source>Import nothing when any row or file has an error.</source>
        <translation>Import nothing when any row or file has an error.</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>--project P.slimplan is required</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>no files to import</translation>
    </message>
    <message>
        <source>Import into the snapshot with this label (a moment of the ledger), creating an empty one if the project has none of that label.</source>
        <translation>Import into the snapshot with this label (a moment of the ledger), creating an empty one if the project has none of that label.</translation>
    </message>
    <message>
        <source>(unit not named)</source>
        <translation>(unit not named)</translation>
    </message>
    <message>
        <source>%1 — %2: not imported (%3 errors)</source>
        <translation>%1 — %2: not imported (%3 errors)</translation>
    </message>
    <message>
        <source>%1 — %2: no items reported</source>
        <translation>%1 — %2: no items reported</translation>
    </message>
    <message>
        <source>%1 — %2: %3 rows read, %4 kept, %5 folded into items reported earlier, %6 errors, %7 warnings</source>
        <translation>%1 — %2: %3 rows read, %4 kept, %5 folded into items reported earlier, %6 errors, %7 warnings</translation>
    </message>
    <message>
        <source>Adds inventory files (.xlsx, .xls, .ods, .csv, .tsv, .json), or folders of returns (every ledger file in them, in name order), to a project, creating it if needed. Items are matched by id, 备案编号, or kind, owner, name and platform: a re-import updates them, and an item reported by two units is imported once.
Every problem is printed to stderr as FILE:SHEET:ROW:COLUMN: message.
Rows with errors are skipped and the good rows ARE imported (exit status 1); with --strict any error imports nothing. The project changes in one transaction: all rows or none.
Exit status: 0 success (warnings allowed), 1 the input had errors, 2 bad usage.</source>
        <translation>Adds inventory files (.xlsx, .xls, .ods, .csv, .tsv, .json), or folders of returns (every ledger file in them, in name order), to a project, creating it if needed. Items are matched by id, 备案编号, or kind, owner, name and platform: a re-import updates them, and an item reported by two units is imported once.
Every problem is printed to stderr as FILE:SHEET:ROW:COLUMN: message.
Rows with errors are skipped and the good rows ARE imported (exit status 1); with --strict any error imports nothing. The project changes in one transaction: all rows or none.
Exit status: 0 success (warnings allowed), 1 the input had errors, 2 bad usage.</translation>
    </message>
    <message>
        <source>Inventory files or folders to import.</source>
        <translation>Inventory files or folders to import.</translation>
    </message>
    <message>
        <source>Read and check everything, print what would change, change nothing.</source>
        <translation>Read and check everything, print what would change, change nothing.</translation>
    </message>
    <message>
        <source>Dry run: %1 would be created with %2 items from %3 rows (%4 folded, %5 errors, %6 warnings); nothing was written.</source>
        <translation>Dry run: %1 would be created with %2 items from %3 rows (%4 folded, %5 errors, %6 warnings); nothing was written.</translation>
    </message>
    <message>
        <source>Dry run: %1 new items and %2 updated from %3 rows (%4 folded, %5 errors, %6 warnings); %7 is unchanged.</source>
        <translation>Dry run: %1 new items and %2 updated from %3 rows (%4 folded, %5 errors, %6 warnings); %7 is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %2 items from %3 rows of %n file(s) (%4 folded into items reported earlier, %5 errors, %6 warnings); the project holds %7 items.</source>
        <translation>
            <numerusform>%1: imported %2 items from %3 rows of %n file (%4 folded into items reported earlier, %5 errors, %6 warnings); the project holds %7 items.</numerusform>
            <numerusform>%1: imported %2 items from %3 rows of %n files (%4 folded into items reported earlier, %5 errors, %6 warnings); the project holds %7 items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) no longer listed by their unit&apos;s return are marked as reported gone (kept in the project).</source>
        <translation>
            <numerusform>%n item no longer listed by its unit&apos;s return is marked as reported gone (kept in the project).</numerusform>
            <numerusform>%n items no longer listed by their unit&apos;s return are marked as reported gone (kept in the project).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more unit(s) (import --dry-run lists them all)</source>
        <translation>
            <numerusform>… and %n more unit (import --dry-run lists them all)</numerusform>
            <numerusform>… and %n more units (import --dry-run lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>gone: %1</source>
        <translation>gone: %1</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Notices</name>
    <message>
        <source>The project whose plan is notified.</source>
        <translation>The project whose plan is notified.</translation>
    </message>
    <message>
        <source>Folder to write the notices into (created if missing).</source>
        <translation>Folder to write the notices into (created if missing).</translation>
    </message>
    <message>
        <source>One deadline for every item; default: per action kind from the policy profile (shut down 30 days, merge/migrate 90, rectify 60).</source>
        <translation>One deadline for every item; default: per action kind from the policy profile (shut down 30 days, merge/migrate 90, rectify 60).</translation>
    </message>
    <message>
        <source>pdf (default), xlsx (the progress sheet) or docx.</source>
        <translation>pdf (default), xlsx (the progress sheet) or docx.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n item(s), deadline %3</source>
        <translation>
            <numerusform>%1 — %2: %n item, deadline %3</numerusform>
            <numerusform>%1 — %2: %n items, deadline %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes one 整改通知 (rectification notice) per unit that has items to act on: each item with its action, target, reason, the rules and their sources, its deadline, and a receipt. Units with nothing to do get none. The items are marked notified, dated --as-of (today).
Exit status: 0 success, 1 the project could not be read or a file not written, 2 bad usage.</source>
        <translation>Writes one 整改通知 (rectification notice) per unit that has items to act on: each item with its action, target, reason, the rules and their sources, its deadline, and a receipt. Units with nothing to do get none. The items are marked notified, dated --as-of (today).
Exit status: 0 success, 1 the project could not be read or a file not written, 2 bad usage.</translation>
    </message>
    <message>
        <source>give --project P.slimplan and --out DIR</source>
        <translation>give --project P.slimplan and --out DIR</translation>
    </message>
    <message>
        <source>--format must be pdf, docx or xlsx</source>
        <translation>--format must be pdf, docx or xlsx</translation>
    </message>
    <message>
        <source>--format docx is not available yet</source>
        <translation>--format docx is not available yet</translation>
    </message>
    <message>
        <source>--deadline must be a date YYYY-MM-DD</source>
        <translation>--deadline must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--deadline %1 is before the notices&apos; date %2</source>
        <translation>--deadline %1 is before the notices&apos; date %2</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) written</source>
        <translation>
            <numerusform>%n notice written</numerusform>
            <numerusform>%n notices written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) notified.</source>
        <translation>
            <numerusform>%n item notified.</numerusform>
            <numerusform>%n items notified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to act on have no unit and are in no notice.</source>
        <translation>
            <numerusform>%n item to act on has no unit and is in no notice.</numerusform>
            <numerusform>%n items to act on have no unit and are in no notice.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notices were written but not recorded: no item is marked notified.</source>
        <translation>The notices were written but not recorded: no item is marked notified.</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Plan</name>
    <message>
        <source>Recommends keep, rectify, merge, migrate or shut down for every item of the inventory files (read in memory) or of a project, and writes the plan. A project keeps the plan, with the official&apos;s overrides applied on top.
The policy profile is --policy, else the project&apos;s, else the defaults.
Import problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message; the good rows are still planned.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</source>
        <translation>Recommends keep, rectify, merge, migrate or shut down for every item of the inventory files (read in memory) or of a project, and writes the plan. A project keeps the plan, with the official&apos;s overrides applied on top.
The policy profile is --policy, else the project&apos;s, else the defaults.
Import problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message; the good rows are still planned.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</translation>
    </message>
    <message>
        <source>Inventory files to plan.</source>
        <translation>Inventory files to plan.</translation>
    </message>
    <message>
        <source>Plan the items of this project.</source>
        <translation>Plan the items of this project.</translation>
    </message>
    <message>
        <source>Policy profile (JSON) to plan with.</source>
        <translation>Policy profile (JSON) to plan with.</translation>
    </message>
    <message>
        <source>give either inventory files or --project P.slimplan</source>
        <translation>give either inventory files or --project P.slimplan</translation>
    </message>
    <message>
        <source>Plan under this named scenario of the project (its profile and decisions; the saved plan is not changed).</source>
        <translation>Plan under this named scenario of the project (its profile and decisions; the saved plan is not changed).</translation>
    </message>
    <message>
        <source>there is no scenario named &apos;%1&apos; in %2</source>
        <translation>there is no scenario named &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>--scenario needs --project P.slimplan</source>
        <translation>--scenario needs --project P.slimplan</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Precheck</name>
    <message>
        <source>A one-row ledger describing the proposal (any supported format).</source>
        <translation>A one-row ledger describing the proposal (any supported format).</translation>
    </message>
    <message>
        <source>The project to check against.</source>
        <translation>The project to check against.</translation>
    </message>
    <message>
        <source>Name of the proposed item.</source>
        <translation>Name of the proposed item.</translation>
    </message>
    <message>
        <source>Owning unit.</source>
        <translation>Owning unit.</translation>
    </message>
    <message>
        <source>Functions, separated by 、 , ; or |.</source>
        <translation>Functions, separated by 、 , ; or |.</translation>
    </message>
    <message>
        <source>app (default), account or group.</source>
        <translation>app (default), account or group.</translation>
    </message>
    <message>
        <source>Platform (安卓/iOS, 微信公众号, …).</source>
        <translation>Platform (安卓/iOS, 微信公众号, …).</translation>
    </message>
    <message>
        <source>Data items collected, separated like --functions.</source>
        <translation>Data items collected, separated like --functions.</translation>
    </message>
    <message>
        <source>Level of the owner (county, township, …); default: from the owner&apos;s name.</source>
        <translation>Level of the owner (county, township, …); default: from the owner&apos;s name.</translation>
    </message>
    <message>
        <source>internal, public or enterprise.</source>
        <translation>internal, public or enterprise.</translation>
    </message>
    <message>
        <source>Feature flags (check_in, ranking, …).</source>
        <translation>Feature flags (check_in, ranking, …).</translation>
    </message>
    <message>
        <source>Write the opinion as JSON (&quot;-&quot; = stdout).</source>
        <translation>Write the opinion as JSON (&quot;-&quot; = stdout).</translation>
    </message>
    <message>
        <source>give FILE, or --name and --owner</source>
        <translation>give FILE, or --name and --owner</translation>
    </message>
    <message>
        <source>unknown --kind &apos;%1&apos;</source>
        <translation>unknown --kind &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --level &apos;%1&apos;</source>
        <translation>unknown --level &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --audience &apos;%1&apos;</source>
        <translation>unknown --audience &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a pre-check reads exactly one item; the file holds %1</source>
        <translation>a pre-check reads exactly one item; the file holds %1</translation>
    </message>
    <message>
        <source>Pre-check of &quot;%1&quot; (%2): %3</source>
        <translation>Pre-check of &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>--project is required</translation>
    </message>
    <message>
        <source>give one FILE, or --name and --owner</source>
        <translation>give one FILE, or --name and --owner</translation>
    </message>
    <message>
        <source>no such project</source>
        <translation>no such project</translation>
    </message>
    <message>
        <source>Write the opinion (预审意见) as a one-page PDF in the document style.</source>
        <translation>Write the opinion (预审意见) as a one-page PDF in the document style.</translation>
    </message>
    <message>
        <source>立项预审: checks a proposed app, account or group against the project&apos;s inventory before it is built — the existing items that already do its job, the rules it would break — and gives a verdict: approve, revise or reject. The proposal is FILE (a one-row ledger) or --name, --owner and --functions (with --kind, --platform, --data-items, --level, --audience, --flags). --pdf writes the 预审意见 as a one-page document. The project is not changed.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</source>
        <translation>立项预审: checks a proposed app, account or group against the project&apos;s inventory before it is built — the existing items that already do its job, the rules it would break — and gives a verdict: approve, revise or reject. The proposal is FILE (a one-row ledger) or --name, --owner and --functions (with --kind, --platform, --data-items, --level, --audience, --flags). --pdf writes the 预审意见 as a one-page document. The project is not changed.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Progress</name>
    <message>
        <source>planned: %1</source>
        <translation>planned: %1</translation>
    </message>
    <message>
        <source>Shows a region&apos;s progress between its first and its last snapshot holding items: items closed since the baseline, and the rebound (items created since, items planned to merge, migrate or shut down that are still there, items gone in an intermediate snapshot that came back). Items are matched by id or by kind, owner and name. The baseline&apos;s saved plan is used, else it is planned with the project&apos;s policy profile as of --as-of (default: the snapshot&apos;s date, else today). The project is not changed.
Exit status: 0 success, 1 the project could not be read or an output written, 2 bad usage.</source>
        <translation>Shows a region&apos;s progress between its first and its last snapshot holding items: items closed since the baseline, and the rebound (items created since, items planned to merge, migrate or shut down that are still there, items gone in an intermediate snapshot that came back). Items are matched by id or by kind, owner and name. The baseline&apos;s saved plan is used, else it is planned with the project&apos;s policy profile as of --as-of (default: the snapshot&apos;s date, else today). The project is not changed.
Exit status: 0 success, 1 the project could not be read or an output written, 2 bad usage.</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>The project.</translation>
    </message>
    <message>
        <source>Write the progress as JSON (&quot;-&quot; = stdout).</source>
        <translation>Write the progress as JSON (&quot;-&quot; = stdout).</translation>
    </message>
    <message>
        <source>give exactly one project</source>
        <translation>give exactly one project</translation>
    </message>
    <message>
        <source>no such project</source>
        <translation>no such project</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n snapshot(s) with items; progress needs two (import with --snapshot LABEL).</source>
        <translation>
            <numerusform>%1: %n snapshot with items; progress needs two (import with --snapshot LABEL).</numerusform>
            <numerusform>%1: %n snapshots with items; progress needs two (import with --snapshot LABEL).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from &quot;%2&quot; (%3 items) to &quot;%4&quot; (%5 items): %6 closed, %7 rebound.</source>
        <translation>%1: from &quot;%2&quot; (%3 items) to &quot;%4&quot; (%5 items): %6 closed, %7 rebound.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Created since the baseline</source>
        <translation>Created since the baseline</translation>
    </message>
    <message>
        <source>Planned to leave, still there</source>
        <translation>Planned to leave, still there</translation>
    </message>
    <message>
        <source>Gone and came back</source>
        <translation>Gone and came back</translation>
    </message>
    <message>
        <source>  %1: %2 items (%3 apps, %4 accounts, %5 groups)</source>
        <translation>  %1: %2 items (%3 apps, %4 accounts, %5 groups)</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Scenario</name>
    <message>
        <source>baseline (the plan itself)</source>
        <translation>baseline (the plan itself)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — zombie after %2 days, overlap ≥ %3, from %4, %n decision(s)</source>
        <translation>
            <numerusform>%1 — zombie after %2 days, overlap ≥ %3, from %4, %n decision</numerusform>
            <numerusform>%1 — zombie after %2 days, overlap ≥ %3, from %4, %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>--compare takes two scenario names: --compare A B</source>
        <translation>--compare takes two scenario names: --compare A B</translation>
    </message>
    <message>
        <source>there is no scenario named &apos;%1&apos; in %2</source>
        <translation>there is no scenario named &apos;%1&apos; in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 → %3 items; %4: %5 → %6 items; %n item(s) differ</source>
        <translation>
            <numerusform>%1: %2 → %3 items; %4: %5 → %6 items; %n item differs</numerusform>
            <numerusform>%1: %2 → %3 items; %4: %5 → %6 items; %n items differ</numerusform>
        </translation>
    </message>
    <message>
        <source>Named scenarios: a policy profile and decisions of their own over the project&apos;s items; the plan itself (the baseline) is not changed by them. &apos;baseline&apos; (or &apos;plan&apos;) names the plan in --from and --compare.
Exit status: 0 success, 1 the project could not be read or written, 2 bad usage.</source>
        <translation>Named scenarios: a policy profile and decisions of their own over the project&apos;s items; the plan itself (the baseline) is not changed by them. &apos;baseline&apos; (or &apos;plan&apos;) names the plan in --from and --compare.
Exit status: 0 success, 1 the project could not be read or written, 2 bad usage.</translation>
    </message>
    <message>
        <source>The second scenario of --compare.</source>
        <translation>The second scenario of --compare.</translation>
    </message>
    <message>
        <source>The project.</source>
        <translation>The project.</translation>
    </message>
    <message>
        <source>List the scenarios.</source>
        <translation>List the scenarios.</translation>
    </message>
    <message>
        <source>Create a scenario.</source>
        <translation>Create a scenario.</translation>
    </message>
    <message>
        <source>Policy profile (JSON) of the new scenario.</source>
        <translation>Policy profile (JSON) of the new scenario.</translation>
    </message>
    <message>
        <source>Copy the new scenario from this one (default: baseline).</source>
        <translation>Copy the new scenario from this one (default: baseline).</translation>
    </message>
    <message>
        <source>Compare scenarios A and B.</source>
        <translation>Compare scenarios A and B.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON.</source>
        <translation>Write the comparison as JSON.</translation>
    </message>
    <message>
        <source>Make this scenario the plan.</source>
        <translation>Make this scenario the plan.</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>--project P.slimplan is required</translation>
    </message>
    <message>
        <source>give exactly one of --list, --create, --compare, --promote</source>
        <translation>give exactly one of --list, --create, --compare, --promote</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Scenario %1 is now the plan.</source>
        <translation>Scenario %1 is now the plan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be the name of a new scenario</source>
        <translation>&apos;%1&apos; cannot be the name of a new scenario</translation>
    </message>
    <message>
        <source>Created scenario %1.</source>
        <translation>Created scenario %1.</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Survey</name>
    <message numerus="yes">
        <source>%1 — %2: %n item(s)</source>
        <translation>
            <numerusform>%1 — %2: %n item</numerusform>
            <numerusform>%1 — %2: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n survey sheet(s) to %1 with %2 items.</source>
        <translation>
            <numerusform>Wrote %n survey sheet to %1 with %2 items.</numerusform>
            <numerusform>Wrote %n survey sheets to %1 with %2 items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) name no unit (主办单位) and are in no sheet.</source>
        <translation>
            <numerusform>%n item names no unit (主办单位) and is in no sheet.</numerusform>
            <numerusform>%n items name no unit (主办单位) and are in no sheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes one survey sheet (核查表, .xlsx) per unit (owner) of the project: the unit&apos;s items pre-filled, a hidden identity column, drop-down lists, the missing facts marked, empty rows for new items and an instructions sheet. A returned sheet imports like any ledger and updates the same items. The sheets written are recorded in the project.
Exit status: 0 success, 1 the project or a sheet could not be read or written, 2 bad usage.</source>
        <translation>Writes one survey sheet (核查表, .xlsx) per unit (owner) of the project: the unit&apos;s items pre-filled, a hidden identity column, drop-down lists, the missing facts marked, empty rows for new items and an instructions sheet. A returned sheet imports like any ledger and updates the same items. The sheets written are recorded in the project.
Exit status: 0 success, 1 the project or a sheet could not be read or written, 2 bad usage.</translation>
    </message>
    <message>
        <source>The project whose units to survey.</source>
        <translation>The project whose units to survey.</translation>
    </message>
    <message>
        <source>The folder to write the sheets into (created if missing).</source>
        <translation>The folder to write the sheets into (created if missing).</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>--project P.slimplan is required</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out DIR is required</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No such project</source>
        <translation>No such project</translation>
    </message>
    <message>
        <source>The project holds no items: there is nothing to survey</source>
        <translation>The project holds no items: there is nothing to survey</translation>
    </message>
</context>
<context>
    <name>slimplan::cli::Track</name>
    <message>
        <source>use 未开始, 整改中, 已完成 or 已核验 (or planned, notified, in_progress, done, verified)</source>
        <translation>use 未开始, 整改中, 已完成 or 已核验 (or planned, notified, in_progress, done, verified)</translation>
    </message>
    <message>
        <source>--set needs ID=STATE, not &apos;%1&apos;</source>
        <translation>--set needs ID=STATE, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date needs a date as YYYY-MM-DD, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>track: the project has no item &apos;%1&apos;; nothing was recorded.</source>
        <translation>track: the project has no item &apos;%1&apos;; nothing was recorded.</translation>
    </message>
    <message>
        <source>track: unknown state &apos;%1&apos; for %2: %3; nothing was recorded.</source>
        <translation>track: unknown state &apos;%1&apos; for %2: %3; nothing was recorded.</translation>
    </message>
    <message>
        <source>The project has no item with the id %1</source>
        <translation>The project has no item with the id %1</translation>
    </message>
    <message>
        <source>Several items are named %1; give the item&apos;s id</source>
        <translation>Several items are named %1; give the item&apos;s id</translation>
    </message>
    <message>
        <source>The project has no item named %1</source>
        <translation>The project has no item named %1</translation>
    </message>
    <message>
        <source>Unknown progress &apos;%1&apos;: %2</source>
        <translation>Unknown progress &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is not a date (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>No sheet with a 完成情况 column and an id or 名称 column: is this a returned 整改通知?</source>
        <translation>No sheet with a 完成情况 column and an id or 名称 column: is this a returned 整改通知?</translation>
    </message>
    <message>
        <source>%1: %2 actions — planned %3, notified %4, in progress %5, done %6, verified %7; overdue %8</source>
        <translation>%1: %2 actions — planned %3, notified %4, in progress %5, done %6, verified %7; overdue %8</translation>
    </message>
    <message>
        <source>(no unit given)</source>
        <translation>(no unit given)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked done are still in the later snapshot.</source>
        <translation>
            <numerusform>%n item marked done is still in the later snapshot.</numerusform>
            <numerusform>%n items marked done are still in the later snapshot.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project whose plan is carried out.</source>
        <translation>The project whose plan is carried out.</translation>
    </message>
    <message>
        <source>Record a step: the item ID is now STATE (planned, notified, in_progress, done, verified). Repeatable.</source>
        <translation>Record a step: the item ID is now STATE (planned, notified, in_progress, done, verified). Repeatable.</translation>
    </message>
    <message>
        <source>The day of the step of the --set before it (before any --set: of every --set).</source>
        <translation>The day of the step of the --set before it (before any --set: of every --set).</translation>
    </message>
    <message>
        <source>A note on the step of the --set before it.</source>
        <translation>A note on the step of the --set before it.</translation>
    </message>
    <message>
        <source>The name of an evidence file for the step of the --set before it.</source>
        <translation>The name of an evidence file for the step of the --set before it.</translation>
    </message>
    <message>
        <source>Read a unit&apos;s progress sheet (its returned notice: .xlsx, .ods, .csv with id or 名称 and 完成情况, 完成日期, 备注). Repeatable.</source>
        <translation>Read a unit&apos;s progress sheet (its returned notice: .xlsx, .ods, .csv with id or 名称 and 完成情况, 完成日期, 备注). Repeatable.</translation>
    </message>
    <message>
        <source>Write the progress by unit as JSON (&quot;-&quot; = stdout).</source>
        <translation>Write the progress by unit as JSON (&quot;-&quot; = stdout).</translation>
    </message>
    <message>
        <source>Write the progress by unit and the overdue items as an Excel workbook.</source>
        <translation>Write the progress by unit and the overdue items as an Excel workbook.</translation>
    </message>
    <message>
        <source>Tracks the plan&apos;s actions item by item: planned, notified, in progress, done, verified. Records the steps of --set and of the --import sheets (all of them, or none when any id, state or row is wrong), then writes the progress by unit with the overdue items (deadline before --as-of, default today, and not done).
Problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</source>
        <translation>Tracks the plan&apos;s actions item by item: planned, notified, in progress, done, verified. Records the steps of --set and of the --import sheets (all of them, or none when any id, state or row is wrong), then writes the progress by unit with the overdue items (deadline before --as-of, default today, and not done).
Problems are printed to stderr as FILE:SHEET:ROW:COLUMN: message.
Exit status: 0 success, 1 the input had errors, 2 bad usage.</translation>
    </message>
    <message>
        <source>--project P.slimplan is required</source>
        <translation>--project P.slimplan is required</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded.</source>
        <translation>
            <numerusform>%n step recorded.</numerusform>
            <numerusform>%n steps recorded.</numerusform>
        </translation>
    </message>
</context>
</TS>
