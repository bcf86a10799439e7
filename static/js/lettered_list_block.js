// The editor's side of courses.question_blocks.LetteredListBlock: Wagtail's ListBlock, whose items are headed
// by their letter in the list's order ("Option A", "Option B"…), the headings following the items as they
// are added, duplicated, removed or moved. The words come translated from the server (meta.itemLabels).
(function () {
  const { ListBlock, ListBlockDefinition } = window.wagtailStreamField.blocks;

  class LetteredListBlock extends ListBlock {
    // Wagtail calls this after every insertion and deletion (and once the items are first drawn).
    blockCountChanged() {
      super.blockCountChanged();
      this.relabel();
    }

    // Moving up or down and dragging all end here; they change no count.
    moveBlock(oldIndex, newIndex) {
      super.moveBlock(oldIndex, newIndex);
      this.relabel();
    }

    relabel() {
      const labels = this.blockDef.meta.itemLabels || [];
      this.children.forEach((child, index) => {
        // The item's own heading comes before its content, so before any nested block's heading.
        const heading = child.element.querySelector("[data-panel-heading] .c-sf-block__type");
        if (heading && labels[index]) {
          heading.textContent = labels[index];
        }
      });
    }
  }

  class LetteredListBlockDefinition extends ListBlockDefinition {
    render(placeholder, prefix, initialState, initialError) {
      return new LetteredListBlock(this, placeholder, prefix, initialState, initialError);
    }
  }

  window.telepath.register("courses.question_blocks.LetteredListBlock", LetteredListBlockDefinition);
})();
